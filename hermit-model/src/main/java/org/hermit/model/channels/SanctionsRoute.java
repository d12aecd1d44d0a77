package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import java.util.SplittableRandom;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.policy.Timeline;
import org.hermit.model.time.Months;

/**
 * The one piece of code that decides what sanctions and the border leave of a channel's potential sales to a
 * partner in a month. Every channel that sells across a border goes through it.
 *
 * <pre>
 *   closed    = potential * border_closure                       (physical trade only; regardless of sanctions)
 *   rest      = potential - closed
 *   legal     = rest * (1 - ban), limited by what is left of a yearly cap; the excess counts as banned
 *   tolerated = banned * (1 - enforcement)                       (the partner looks away)
 *   blocked   = banned * enforcement
 *   evaded    = blocked * leakage * (1 - discount) * (1 - seized share)
 * </pre>
 *
 * closed + legal + tolerated + blocked = potential. Legal and tolerated sales are recorded in the partner's customs
 * when the channel is customs-visible; evaded sales never are. The seized share is Binomial(shipments, detection) /
 * shipments, drawn each month from the channel's own stream (one uniform draw, by inversion). A route holds the running total of a yearly cap and a
 * random stream, so it belongs to one channel of one run.
 */
public final class SanctionsRoute {

    /** Which yearly cap of the timeline limits the legal volume. */
    public enum Cap { NONE, COAL }

    private final Timeline timeline;
    private final int banChannel;
    private final boolean physical;
    private final boolean customs;
    private final double leakage;
    private final double discount;
    private final double detection;
    private final int shipmentsPerMonth;
    private final Cap cap;
    private final SplittableRandom rng;
    /**
     * The binomial draw's constants, which depend only on the shipments and the detection chance: the chance
     * q^n of no success (counting failures when p &gt; 1/2, see {@link #binomial}) and the odds p/(1 - p).
     */
    private final double binomialZeroPmf;
    private final double binomialOdds;
    /**
     * The binomial's cumulative distribution at 0..shipments as far as draws have needed it (binomialCdfKnown
     * entries), accumulated as {@link #walk} does (the same products and sums in the same order, so the same
     * bits): a month's draw then mostly only compares.
     */
    private final double[] binomialCdf;
    /** 1 / shipmentsPerMonth, so a month's seized share multiplies rather than divides. */
    private final double perShipment;
    private int binomialCdfKnown;
    private double binomialPmfLast;

    private int capYear = Integer.MIN_VALUE;
    private double capUsedTonnes;
    private double capUsedUsd;

    /**
     * @param banChannel        the channel whose bans and enforcement apply (restaurants use the workers' ban)
     * @param physical          goods or people cross the border, so the DPRK's own border closure stops them
     * @param customs           legal and tolerated sales appear in the partner's customs statistics
     * @param leakage           share of blocked sales that evasion still delivers
     * @param discount          price discount on evaded sales
     * @param detection         chance that one evaded shipment is seized
     * @param shipmentsPerMonth evaded shipments a month among which seizures are drawn (0: expected value)
     */
    public SanctionsRoute(Timeline timeline, Channel banChannel, boolean physical, boolean customs, double leakage,
                          double discount, double detection, int shipmentsPerMonth, Cap cap, SplittableRandom rng) {
        requireShare(leakage, "leakage");
        requireShare(discount, "discount");
        requireShare(detection, "detection");
        this.timeline = timeline;
        this.banChannel = banChannel.ordinal();
        this.physical = physical;
        this.customs = customs;
        this.leakage = leakage;
        this.discount = discount;
        this.detection = detection;
        this.shipmentsPerMonth = MinMax.max(0, shipmentsPerMonth);
        this.cap = cap;
        this.rng = rng;
        double p = detection > 0.5 ? 1.0 - detection : detection;
        this.binomialZeroPmf = Math.pow(1.0 - p, this.shipmentsPerMonth);
        this.binomialOdds = p / (1.0 - p);
        this.binomialCdf = new double[this.shipmentsPerMonth + 1];
        this.perShipment = this.shipmentsPerMonth > 0 ? 1.0 / this.shipmentsPerMonth : 0.0;
        this.binomialPmfLast = binomialZeroPmf;
        this.binomialCdf[0] = binomialZeroPmf;
        this.binomialCdfKnown = 1;
    }

    /** {@link #walk} over the cdf, extending it where no draw has gone before: the smallest k with u &lt;= cdf[k], or n. */
    private int lookUp(double u) {
        int n = shipmentsPerMonth;
        int k = 0;
        while (k < n) {
            if (k == binomialCdfKnown) {
                // The walk's step from k - 1 to k.
                binomialPmfLast *= (n - (k - 1)) / (double) k * binomialOdds;
                binomialCdf[k] = binomialCdf[k - 1] + binomialPmfLast;
                binomialCdfKnown = k + 1;
            }
            if (!(u > binomialCdf[k])) {
                return k;
            }
            k++;
        }
        return k;
    }

    /** A route whose evasion parameters are the channel's evasion.leakage, .discount, .detection, .shipments_per_month. */
    public static SanctionsRoute fromParams(ChannelParams p, Channel banChannel, boolean physical, boolean customs,
                                            Cap cap) {
        ChannelSetup s = p.setup();
        return new SanctionsRoute(s.timeline(), banChannel, physical, customs, p.get("evasion.leakage"),
                p.get("evasion.discount"), p.get("evasion.detection"),
                (int) Math.round(p.get("evasion.shipments_per_month")), cap, s.rng());
    }

    /** A route with no way around a ban (a suspended tour, a closed industrial zone): blocked sales are lost. */
    public static SanctionsRoute withoutEvasion(Timeline timeline, Channel banChannel, boolean physical, boolean customs) {
        return new SanctionsRoute(timeline, banChannel, physical, customs, 0.0, 0.0, 0.0, 0, Cap.NONE, null);
    }

    /**
     * Splits the potential sales (USD) of month t to a partner. unitPriceUsd (USD per tonne, visitor...) converts
     * value to volume for caps in tonnes and for the volume sold; pass 1 when there is no physical unit.
     */
    public void split(int t, int partner, double potentialUsd, double unitPriceUsd, Split s) {
        if (!(potentialUsd > 0.0)) {
            // Nothing to sell (a resort not yet open, a partner without a share this month): every part is zero,
            // as the arithmetic below would find, and a cap or a seizure draw needs something sold.
            if (!Double.isNaN(potentialUsd)) {
                s.set(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, unitPriceUsd, customs);
                return;
            }
        }
        double closure = physical ? timeline.lever(t, Lever.BORDER_CLOSURE) : 0.0;
        double ban = timeline.ban(t, banChannel, partner);
        double enforcement = timeline.enforcement(t, banChannel, partner);
        double potential = MinMax.atLeastZero(potentialUsd);
        double closed = potential * closure;
        double rest = potential - closed;
        double legal = rest * (1.0 - ban);
        double banned = rest - legal;
        if (cap == Cap.COAL && legal > 0.0) {
            double allowed = capAllowanceUsd(t, unitPriceUsd);
            if (legal > allowed) {
                banned += legal - allowed;
                legal = allowed;
            }
            capUsedUsd += legal;
            capUsedTonnes += unitPriceUsd > 0.0 ? legal / unitPriceUsd : 0.0;
        }
        double tolerated = banned * (1.0 - enforcement);
        double blocked = banned - tolerated;
        double smuggled = blocked * leakage;
        double evasionValue = smuggled * (1.0 - discount);
        double seizedShare = smuggled > 0.0 ? seizedShare() : 0.0;
        s.set(potential, closed, legal, tolerated, blocked, evasionValue * (1.0 - seizedShare),
                evasionValue * seizedShare, smuggled * (1.0 - seizedShare), unitPriceUsd, customs);
    }

    /** Writes a split into the month's flows for that partner: receipts, customs records, exposure. */
    public static void book(Split s, int partner, ChannelFlows out) {
        Partner p = Partner.of(partner);
        out.receive(p, s.receivedUsd());
        out.recordInCustoms(p, s.recordedInCustomsUsd());
        out.exposed(s.exposedUsd());
    }

    private double capAllowanceUsd(int t, double unitPriceUsd) {
        int year = Months.year(timeline.startMonth() + t);
        if (year != capYear) {
            capYear = year;
            capUsedTonnes = 0.0;
            capUsedUsd = 0.0;
        }
        double byValue = timeline.coalCapUsdPerYear(t) - capUsedUsd;
        double byTonnes = (timeline.coalCapTonnesPerYear(t) - capUsedTonnes) * unitPriceUsd;
        return MinMax.atLeastZero(MinMax.min(byValue, byTonnes));
    }

    private double seizedShare() {
        if (detection <= 0.0) {
            return 0.0;
        }
        if (shipmentsPerMonth == 0 || rng == null) {
            return detection;
        }
        return seized(rng.nextDouble()) * perShipment;
    }

    /** {@link #binomial}(u, shipmentsPerMonth, detection) with the constants computed once. */
    private int seized(double u) {
        if (detection >= 1.0) {
            return shipmentsPerMonth;
        }
        if (detection > 0.5) {
            return shipmentsPerMonth - lookUp(1.0 - u);
        }
        return lookUp(u);
    }

    /** Binomial(n, p) by inversion of one uniform draw u: one pow and a short walk up the distribution. */
    static int binomial(double u, int n, double p) {
        if (p >= 1.0) {
            return n;
        }
        if (p > 0.5) {
            // Count failures instead, so (1 - p)^n cannot underflow when p is near 1.
            return n - binomial(1.0 - u, n, 1.0 - p);
        }
        return walk(u, n, Math.pow(1.0 - p, n), p / (1.0 - p));
    }

    /** The walk up the binomial distribution from P(0) = zeroPmf, each step multiplying by (n - k)/(k + 1) * odds. */
    private static int walk(double u, int n, double zeroPmf, double odds) {
        double pmf = zeroPmf;
        double cdf = pmf;
        int k = 0;
        while (u > cdf && k < n) {
            pmf *= (n - k) / (double) (k + 1) * odds;
            k++;
            cdf += pmf;
        }
        return k;
    }

    private static void requireShare(double v, String name) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException("evasion " + name + " must be in 0..1, got " + v);
        }
    }

    /** The parts of one month's potential sales to one partner. Mutable and reused, so splitting allocates nothing. */
    public static final class Split {
        private double potentialUsd;
        private double closedUsd;
        private double legalUsd;
        private double toleratedUsd;
        private double blockedUsd;
        private double evadedUsd;
        private double seizedUsd;
        /** Evaded sales not seized, valued at the full price (the volume they stand for, in dollars). */
        private double evadedAtFullPriceUsd;
        private double unitPriceUsd;
        private boolean customs;

        void set(double potential, double closed, double legal, double tolerated, double blocked, double evaded,
                 double seized, double evadedAtFullPrice, double unitPrice, boolean customs) {
            this.potentialUsd = potential;
            this.closedUsd = closed;
            this.legalUsd = legal;
            this.toleratedUsd = tolerated;
            this.blockedUsd = blocked;
            this.evadedUsd = evaded;
            this.seizedUsd = seized;
            this.evadedAtFullPriceUsd = evadedAtFullPrice;
            this.unitPriceUsd = unitPrice;
            this.customs = customs;
        }

        public double potentialUsd() { return potentialUsd; }

        /** Stopped by the DPRK's own border closure. */
        public double closedUsd() { return closedUsd; }

        /** Not covered by any ban (within a cap). */
        public double legalUsd() { return legalUsd; }

        /** Banned, but the partner does not enforce. */
        public double toleratedUsd() { return toleratedUsd; }

        /** Banned and stopped at the legal route by the partner's enforcement. */
        public double blockedUsd() { return blockedUsd; }

        /** What evasion still earns of the blocked sales, after the discount and seizures. */
        public double evadedUsd() { return evadedUsd; }

        /** Evaded cargo seized this month (value after discount). */
        public double seizedUsd() { return seizedUsd; }

        public double receivedUsd() { return legalUsd + toleratedUsd + evadedUsd; }

        public double recordedInCustomsUsd() { return customs ? legalUsd + toleratedUsd : 0.0; }

        /** Receipts a ban in force covers: tolerated and evaded sales. */
        public double exposedUsd() { return toleratedUsd + evadedUsd; }

        /** Physical units sold (tonnes, visitors...): legal and tolerated at the full price, evaded ones not seized. */
        public double unitsSold() {
            return unitPriceUsd > 0.0 ? (legalUsd + toleratedUsd + evadedAtFullPriceUsd) / unitPriceUsd : 0.0;
        }

        /** Blocked sales that evasion did not even try to deliver: trade the sanctions really stopped. */
        public double stoppedBySanctionsUsd(double leakage) {
            return blockedUsd * (1.0 - leakage);
        }

        /** Share of the potential that did not become receipts (closure, blocking, discount, seizure). */
        public double lossShare() {
            return RevenueLoss.share(potentialUsd - receivedUsd(), potentialUsd);
        }
    }

    public double leakage() {
        return leakage;
    }

    public double discount() {
        return discount;
    }
}
