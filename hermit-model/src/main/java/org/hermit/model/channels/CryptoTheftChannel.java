package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import java.util.SplittableRandom;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;

/**
 * Crypto heists: a compound Poisson process of successful heists with log-normal (heavy-tailed) sizes, plus the
 * scenario's known heists, laundered with a haircut and a delay.
 *
 * <pre>
 *   rate(t)       = heists_per_year * exp(growth_per_year * (year - 2024.5)) before 2024.5, 0 before start_year
 *   heists        ~ Poisson(rate / 12 * (1 - security_rate_effect * crypto_security)
 *                                     * (1 - security_success_effect * crypto_security))
 *   size          = min(max_heist_usd, exp(ln heist_median_usd + heist_sigma * Z))
 *   stolen(t)     = sum of sizes + known heists of the timeline           (ChannelFlows.volume)
 *   pending      += stolen * (1 - laundering_haircut)
 *   receipts(t)   = pending / laundering_months; pending -= receipts       (realised over months)
 * </pre>
 * Hardening cuts both how often attacks are tried and how often they succeed; attempts that fail are thinned out
 * of the Poisson process, which leaves a Poisson count of successes. Victims are exchanges and bridges worldwide
 * (partner other). The monthly means are computed once per run from the timeline.
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
    private final double[] heistsMean;
    private final double[] heistsZeroProbability;
    private double pendingUsd;

    public CryptoTheftChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.CRYPTO_THEFT);
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
        realisedPerMonth = 1.0 / MinMax.max(1.0, p.get("laundering_months"));
        stateShare = p.get("state_share");
        heistsMean = new double[timeline.months()];
        heistsZeroProbability = new double[timeline.months()];
        for (int t = 0; t < heistsMean.length; t++) {
            double year = Dates.mid(timeline.startMonth() + t);
            heistsMean[t] = expectedHeistsPerYear(year, timeline.lever(t, Lever.CRYPTO_SECURITY)) / 12.0;
            // exp(-0) is 1: the months before the first heists need no exp.
            heistsZeroProbability[t] = heistsMean[t] == 0.0 ? 1.0 : Math.exp(-heistsMean[t]);
        }
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
        double stolen = timeline.knownHeistUsd(t);
        int heists = poisson(rng.nextDouble(), heistsMean[t], heistsZeroProbability[t]);
        for (int i = 0; i < heists; i++) {
            stolen += MinMax.min(maxHeistUsd, Math.exp(logMedian + sigma * rng.nextGaussian()));
        }
        pendingUsd += stolen * (1.0 - haircut);
        double realised = pendingUsd * realisedPerMonth;
        pendingUsd -= realised;
        out.receive(Partner.OTHER, realised);
        out.stateShare(stateShare);
        out.privateSector(Sector.ENTERPRISES);
        out.volume(stolen);
    }

    /** Poisson(mean) by inversion of one uniform draw, given exp(-mean). */
    static int poisson(double u, double mean, double zeroProbability) {
        if (mean <= 0.0) {
            return 0;
        }
        double pmf = zeroProbability;
        double cdf = pmf;
        int k = 0;
        while (u > cdf && k < 10_000) {
            k++;
            pmf *= mean / k;
            cdf += pmf;
        }
        return k;
    }

    /** Laundered proceeds not yet realised. */
    public double pendingUsd() {
        return pendingUsd;
    }
}
