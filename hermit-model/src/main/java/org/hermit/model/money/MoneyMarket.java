package org.hermit.model.money;

import org.hermit.model.math.MinMax;
import java.util.SplittableRandom;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;

/**
 * The market exchange rate from the private sector's portfolio of won and dollars. People hold a share s of their
 * wealth in won and the rest in dollars and yuan; with M won and D dollars in private hands, the rate that makes
 * them content is e = M (1 - s) / (s D). Printing won raises M and the rate; dollar inflows raise D and lower it;
 * a ban on foreign currency, a crackdown on money changers or a closed border (dollars buy fewer imports) raise s;
 * expected depreciation lowers it (capped at 10% a month so that expectations cannot run away). s also carries a
 * persistent random sentiment shock. The market rate moves each month part of the way to the rate that clears the
 * portfolio; money changers carry the difference.
 */
public final class MoneyMarket {
    private final double baseWonShare;
    private final double currencyBanEffect;
    private final double crackdownEffect;
    private final double borderEffect;
    private final double expectationEffect;
    private final double expectationMemory;
    private final double sentimentPersistence;
    private final double sentimentSd;
    private final double adjustmentSpeed;
    private final SplittableRandom rng;

    private double wonShare;
    private double kpwPerUsd;
    private double expectedDepreciation;
    private double sentiment;

    public MoneyMarket(ParameterValues p, long runSeed) {
        baseWonShare = p.get("money.won_share_base");
        currencyBanEffect = p.get("money.won_share_currency_ban_effect");
        crackdownEffect = p.get("money.won_share_crackdown_effect");
        borderEffect = p.get("money.won_share_border_effect");
        expectationEffect = p.get("money.won_share_expectation_effect");
        expectationMemory = p.get("money.expectation_memory");
        sentimentPersistence = p.get("money.sentiment_persistence");
        sentimentSd = p.get("money.sentiment_sd");
        adjustmentSpeed = p.get("money.adjustment_speed");
        rng = RandomStreams.stream(runSeed, RandomStreams.MARKETS);
        wonShare = baseWonShare;
    }

    /** The won share the private sector wants this month, given policy and expectations. */
    public double desiredWonShare(double currencyBan, double crackdown, double borderClosure) {
        double s = baseWonShare
                + currencyBanEffect * currencyBan
                + crackdownEffect * crackdown
                + borderEffect * borderClosure
                - expectationEffect * MinMax.max(-0.1, MinMax.min(0.1, expectedDepreciation))
                + sentiment;
        return MinMax.max(0.05, MinMax.min(0.95, s));
    }

    /** Clears the market for the month: the rate at which private holdings are willingly held. */
    public double clear(double privateKpw, double privateUsd, double currencyBan, double crackdown, double borderClosure) {
        sentiment = sentimentPersistence * sentiment + sentimentSd * RandomStreams.normal(rng);
        wonShare = desiredWonShare(currencyBan, crackdown, borderClosure);
        double equilibrium = equilibriumRate(privateKpw, privateUsd, wonShare);
        // Money changers move part of the way to the rate that clears the portfolio each month.
        double next = kpwPerUsd > 0 ? Math.exp((1 - adjustmentSpeed) * Math.log(kpwPerUsd) + adjustmentSpeed * Math.log(equilibrium))
                : equilibrium;
        if (kpwPerUsd > 0) {
            double depreciation = next / kpwPerUsd - 1.0;
            expectedDepreciation = expectationMemory * expectedDepreciation + (1 - expectationMemory) * depreciation;
        }
        kpwPerUsd = next;
        return kpwPerUsd;
    }

    /** e = M (1 - s) / (s D); dollars never fall below one dollar so the rate stays finite. */
    public static double equilibriumRate(double privateKpw, double privateUsd, double wonShare) {
        return MinMax.max(1.0, privateKpw) * (1.0 - wonShare) / (wonShare * MinMax.max(1.0, privateUsd));
    }

    /** Sets the starting rate (before the first month clears). */
    public void start(double privateKpw, double privateUsd, double startingWonShare) {
        wonShare = startingWonShare;
        kpwPerUsd = equilibriumRate(privateKpw, privateUsd, startingWonShare);
    }

    public double kpwPerUsd() {
        return kpwPerUsd;
    }

    public double wonShare() {
        return wonShare;
    }
}
