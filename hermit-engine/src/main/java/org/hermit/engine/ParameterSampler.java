package org.hermit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.param.PreparedQuantiles;
import org.hermit.model.random.RandomStreams;

/**
 * Draws one run's parameter values.
 *
 * <p>Where a value comes from, in order of precedence: the scenario's override of that parameter (a distribution,
 * or {@link Distribution.Fixed} for a plain value), else the posterior sample's column for it, else the
 * registry's prior. Every value is clamped to the parameter's legal range [min, max].
 *
 * <p>Randomness: a run draws only from its own stream {@code RandomStreams.stream(runSeed, PARAMETERS)}. The
 * stream's first number picks the posterior draw (by weight), then one number per parameter in registry order
 * maps through that parameter's quantile function (PERT ones tabulated once per sampler, see
 * {@link PreparedQuantiles}). Both are consumed whether used or not, so two scenarios that
 * differ in one override still give every other parameter the same value in the same run (paired comparisons).
 *
 * <p>Central mode (used when an ensemble has a single run): no randomness; each parameter takes its registry
 * central value, an override its distribution's mean (a fixed override its value), a posterior column its
 * weighted mean; clamped as above.
 */
public final class ParameterSampler {

    /** Where a parameter's value comes from. */
    public enum Origin {
        PRIOR("prior"), SCENARIO("scenario"), POSTERIOR("posterior");

        private final String id;

        Origin(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * How one parameter is drawn. distribution is the override or the prior; for a posterior column it is the
     * prior the posterior replaced (kept for the record).
     */
    public record ParameterUse(ParameterDef def, Origin origin, Distribution distribution) {
        /** "pert(18000000, 22000000, 26000000)", or "posterior" for a posterior column. */
        public String describe() {
            return origin == Origin.POSTERIOR ? "posterior" : distribution.describe();
        }
    }

    private final ParameterSpace space;
    private final List<ParameterUse> uses;
    private final Distribution[] distributions;
    /** Quantile functions of the distributions, prepared for drawing (null in central mode, which never draws). */
    private final DoubleUnaryOperator[] quantiles;
    private final PosteriorDraws posterior;
    private final int[] posteriorColumn;
    private final double[] cumulativeWeight;
    private final boolean central;
    private final ParameterValues centralValues;

    private ParameterSampler(ParameterSpace space, Map<String, Distribution> overrides, PosteriorDraws posterior,
                             boolean central) {
        this.space = space;
        this.central = central;
        List<String> unknown = new ArrayList<>(new TreeSet<>(overrides.keySet()));
        unknown.removeIf(space::contains);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("scenario overrides unknown parameters: " + String.join(", ", unknown));
        }
        this.posterior = posterior;
        this.posteriorColumn = new int[space.size()];
        Arrays.fill(posteriorColumn, -1);
        if (posterior != null) {
            List<String> ids = posterior.ids();
            for (int j = 0; j < ids.size(); j++) {
                if (!space.contains(ids.get(j))) {
                    throw new IllegalArgumentException("posterior sample has unknown parameter '" + ids.get(j) + "'");
                }
                posteriorColumn[space.indexOf(ids.get(j))] = j;
            }
            this.cumulativeWeight = cumulativeWeights(posterior);
        } else {
            this.cumulativeWeight = null;
        }
        this.distributions = new Distribution[space.size()];
        List<ParameterUse> u = new ArrayList<>(space.size());
        for (int i = 0; i < space.size(); i++) {
            ParameterDef def = space.get(i);
            Distribution override = overrides.get(def.id());
            Origin origin = override != null ? Origin.SCENARIO : posteriorColumn[i] >= 0 ? Origin.POSTERIOR : Origin.PRIOR;
            if (origin != Origin.POSTERIOR) {
                posteriorColumn[i] = -1;
            }
            distributions[i] = override != null ? override : def.prior();
            u.add(new ParameterUse(def, origin, distributions[i]));
        }
        this.uses = List.copyOf(u);
        this.centralValues = computeCentral();
        this.quantiles = central ? null : prepareQuantiles(space, overrides);
    }

    /** The space's prepared prior quantiles, with the overridden parameters' own in their place. */
    private DoubleUnaryOperator[] prepareQuantiles(ParameterSpace space, Map<String, Distribution> overrides) {
        DoubleUnaryOperator[] q = space.priorQuantiles().clone();
        Distribution[] overridden = new Distribution[overrides.size()];
        int[] at = new int[overrides.size()];
        int n = 0;
        for (int i = 0; i < q.length; i++) {
            if (uses.get(i).origin() == Origin.SCENARIO) {
                overridden[n] = distributions[i];
                at[n++] = i;
            }
        }
        DoubleUnaryOperator[] own = PreparedQuantiles.of(Arrays.copyOf(overridden, n));
        for (int k = 0; k < n; k++) {
            q[at[k]] = own[k];
        }
        return q;
    }

    /** Draws from priors, overrides and an optional posterior (null for none). */
    public static ParameterSampler random(ParameterSpace space, Map<String, Distribution> overrides,
                                          PosteriorDraws posterior) {
        return new ParameterSampler(space, overrides, posterior, false);
    }

    /** Every run at the central values (see the class comment). */
    public static ParameterSampler central(ParameterSpace space, Map<String, Distribution> overrides,
                                           PosteriorDraws posterior) {
        return new ParameterSampler(space, overrides, posterior, true);
    }

    /** The convention of an ensemble of {@code runs} runs: central values for a single run, draws otherwise. */
    public static ParameterSampler forEnsemble(ParameterSpace space, Map<String, Distribution> overrides,
                                               PosteriorDraws posterior, int runs) {
        return new ParameterSampler(space, overrides, posterior, runs == 1);
    }

    public ParameterSpace space() {
        return space;
    }

    public boolean isCentral() {
        return central;
    }

    /** How each parameter is drawn, in registry order. */
    public List<ParameterUse> uses() {
        return uses;
    }

    /** The values of the run with this seed. Thread-safe; allocates one value array. */
    public ParameterValues draw(long runSeed) {
        if (central) {
            return centralValues;
        }
        SplittableRandom rng = RandomStreams.stream(runSeed, RandomStreams.PARAMETERS);
        int row = pickPosteriorDraw(rng.nextDouble());
        double[] v = new double[space.size()];
        for (int i = 0; i < v.length; i++) {
            double u = rng.nextDouble();
            double x = posteriorColumn[i] >= 0 ? posterior.value(row, posteriorColumn[i]) : quantiles[i].applyAsDouble(u);
            v[i] = space.get(i).clamp(x);
        }
        return new ParameterValues(space, v);
    }

    /** The central values (see the class comment), whatever the mode. */
    public ParameterValues centralValues() {
        return centralValues;
    }

    private ParameterValues computeCentral() {
        double[] v = new double[space.size()];
        for (int i = 0; i < v.length; i++) {
            ParameterUse use = uses.get(i);
            double x = switch (use.origin()) {
                case PRIOR -> use.def().central();
                case SCENARIO -> use.distribution().mean();
                case POSTERIOR -> posteriorMean(posteriorColumn[i]);
            };
            v[i] = use.def().clamp(x);
        }
        return new ParameterValues(space, v);
    }

    private double posteriorMean(int column) {
        double sum = 0;
        double weights = 0;
        for (int d = 0; d < posterior.size(); d++) {
            sum += posterior.weight(d) * posterior.value(d, column);
            weights += posterior.weight(d);
        }
        return sum / weights;
    }

    private int pickPosteriorDraw(double u) {
        if (cumulativeWeight == null) {
            return -1;
        }
        double target = u * cumulativeWeight[cumulativeWeight.length - 1];
        int i = Arrays.binarySearch(cumulativeWeight, target);
        // First draw whose cumulative weight exceeds the target; zero-weight draws are never picked.
        i = i >= 0 ? i + 1 : -i - 1;
        while (i < cumulativeWeight.length - 1 && cumulativeWeight[i] <= target) {
            i++;
        }
        return Math.min(i, cumulativeWeight.length - 1);
    }

    private static double[] cumulativeWeights(PosteriorDraws posterior) {
        if (posterior.size() < 1) {
            throw new IllegalArgumentException("a posterior sample needs at least one draw");
        }
        double[] c = new double[posterior.size()];
        double sum = 0;
        for (int d = 0; d < c.length; d++) {
            double w = posterior.weight(d);
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("posterior draw " + d + " has weight " + w);
            }
            sum += w;
            c[d] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("posterior weights are all zero");
        }
        return c;
    }
}
