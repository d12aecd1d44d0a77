package org.hermit.model.channels;

import java.util.SplittableRandom;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;
import org.hermit.model.random.RandomStreams;

/**
 * Crypto heists: a compound Poisson process of attempts with log-normal (heavy-tailed) sizes, plus the scenario's
 * known heists, laundered with a haircut and a delay.
 *
 * <pre>
 *   rate(t)       = heists_per_year * exp(growth_per_year * (year - 2024.5)) before 2024.5, 0 before start_year
 *   attempts      ~ Poisson(rate / base success / 12 * (1 - security_rate_effect * crypto_security))
 *   each succeeds with base success * (1 - security_success_effect * crypto_security)
 *   size          = min(max_heist_usd, exp(ln heist_median_usd + heist_sigma * Z))
 *   stolen(t)     = sum of sizes + known heists of the timeline           (ChannelFlows.volume)
 *   pending      += stolen * (1 - laundering_haircut)
 *   receipts(t)   = pending / laundering_months; pending -= receipts       (realised over months)
 * </pre>
 * base_success only splits the observed rate of successful heists into attempts and successes (thinning): the
 * evidence identifies their product; the lever cuts both. Victims are exchanges and bridges worldwide (partner other).
 */
public final class CryptoTheftChannel implements RevenueChannel {
    private final Timeline timeline;
    private final SplittableRandom rng;
    private final double heistsPerYear;
    private final double growthPerYear;
    private final double startYear;
    private final double logMedian;
    private final double sigma;
    private final double maxHeistUsd;
    private final double securityRateEffect;
    private final double securitySuccessEffect;
    private final double haircut;
    private final double realisedPerMonth;
    private final double stateShare;
    private final double baseSuccess;
    private double pendingUsd;

    public CryptoTheftChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.CRYPTO_THEFT.id());
        timeline = setup.timeline();
        rng = setup.rng();
        heistsPerYear = p.get("heists_per_year");
        growthPerYear = p.get("growth_per_year");
        startYear = p.get("start_year");
        logMedian = Math.log(p.get("heist_median_usd"));
        sigma = p.get("heist_sigma");
        maxHeistUsd = p.get("max_heist_usd");
        securityRateEffect = p.get("security_rate_effect");
        securitySuccessEffect = p.get("security_success_effect");
        haircut = p.get("laundering_haircut");
        realisedPerMonth = 1.0 / Math.max(1.0, p.get("laundering_months"));
        stateShare = p.get("state_share");
        baseSuccess = p.get("base_success");
    }

    @Override
    public Channel channel() {
        return Channel.CRYPTO_THEFT;
    }

    /** Successful heists a year expected at a decimal year and a crypto_security lever value. */
    double expectedHeistsPerYear(double year, double security) {
        if (year < startYear) {
            return 0.0;
        }
        double trend = Dates.grownInto(year, 2024, growthPerYear);
        return heistsPerYear * trend * (1.0 - securityRateEffect * security) * (1.0 - securitySuccessEffect * security);
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double year = Dates.mid(context.month(t));
        double security = timeline.lever(t, Lever.CRYPTO_SECURITY);
        double stolen = timeline.knownHeistUsd(t);
        if (year >= startYear) {
            double attemptsPerMonth = heistsPerYear * Dates.grownInto(year, 2024, growthPerYear) / baseSuccess / 12.0
                    * (1.0 - securityRateEffect * security);
            double success = baseSuccess * (1.0 - securitySuccessEffect * security);
            int attempts = RandomStreams.poisson(rng, attemptsPerMonth);
            for (int i = 0; i < attempts; i++) {
                if (rng.nextDouble() < success) {
                    stolen += Math.min(maxHeistUsd, Math.exp(logMedian + sigma * RandomStreams.normal(rng)));
                }
            }
        }
        pendingUsd += stolen * (1.0 - haircut);
        double realised = pendingUsd * realisedPerMonth;
        pendingUsd -= realised;
        out.receive(Partner.OTHER, realised);
        out.stateShare(stateShare);
        out.privateSector(Sector.ENTERPRISES);
        out.volume(stolen);
    }

    /** Laundered proceeds not yet realised. */
    public double pendingUsd() {
        return pendingUsd;
    }
}
