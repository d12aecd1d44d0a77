package org.hermit.analysis.abc;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hermit.analysis.Priors;
import org.hermit.analysis.SeedPath;
import org.hermit.analysis.Workers;

/**
 * Approximate Bayesian Computation by sequential Monte Carlo (Toni et al. 2009; Beaumont et al. 2009; the
 * scheme pyABC implements).
 *
 * <p>Generation 0 draws the population from the prior, keeping every proposal with a finite distance.
 * Generation t then sets its tolerance epsilon_t to the weighted median of the previous population's
 * distances (never below the minimum epsilon), and repeatedly picks a particle of the previous
 * population in proportion to its weight, perturbs it with a Gaussian kernel whose covariance is twice
 * the previous population's weighted covariance (redrawing proposals outside the prior's bounds), runs
 * the model and accepts the proposal if its distance is at most epsilon_t, until it has accepted
 * populationSize particles. An accepted particle theta gets weight
 * prior(theta) / sum_j w_j K(theta | theta_j). It stops at the first of: max generations, the minimum
 * epsilon reached, an acceptance rate below the minimum, or the budget spent.
 *
 * <p>Simulations of a generation run in parallel batches. Proposal k of generation t uses its own random
 * stream derived from (seed, t, k), and proposals are accepted in order of k, so the result is identical
 * whatever the number of threads. The budget is never exceeded: a generation the budget cannot finish is
 * abandoned and the previous one returned.
 */
public final class AbcSmc {
    /** Consecutive draws outside the prior's bounds after which sampling is considered hopeless. */
    private static final int MAX_SUPPORT_RETRIES = 10_000;

    private AbcSmc() {}

    /**
     * Calibrates the model's free parameters (fixed ones keep their value).
     *
     * @throws IllegalArgumentException if every parameter is fixed
     * @throws IllegalStateException    if not even generation 0 can be completed within the budget or above
     *                                  the minimum acceptance rate (the model keeps returning non-finite
     *                                  distances), or if the model returns a negative distance
     */
    public static AbcResult run(Priors prior, AbcModel model, AbcSettings settings, AbcProgress progress) {
        int[] free = prior.freeIndices();
        if (free.length == 0) {
            throw new IllegalArgumentException("nothing to calibrate: every parameter is fixed");
        }
        try (Workers workers = Workers.of(settings.threads())) {
            return new Run(prior, model, settings, progress, workers, free).execute();
        }
    }

    /** One proposal after simulation. */
    private record Attempt(double[] theta, double distance) {
    }

    /** A generation's accepted particles, or the reason it could not be completed. */
    private record Generation(List<Attempt> accepted, long proposalsUsed, long simulations, StopReason shortOf) {
        boolean complete() {
            return shortOf == null;
        }
    }

    private interface Proposal {
        double[] propose(SplittableRandom rng);
    }

    private static final class Run {
        private final Priors prior;
        private final AbcModel model;
        private final AbcSettings settings;
        private final AbcProgress progress;
        private final Workers workers;
        private final int[] free;
        private long simulationsDone;

        Run(Priors prior, AbcModel model, AbcSettings settings, AbcProgress progress, Workers workers, int[] free) {
            this.prior = prior;
            this.model = model;
            this.settings = settings;
            this.progress = progress == null ? AbcProgress.NONE : progress;
            this.workers = workers;
            this.free = free;
        }

        AbcResult execute() {
            List<GenerationStats> history = new ArrayList<>();
            Population population = null;
            PerturbationKernel kernel = null;
            double epsilon = Double.POSITIVE_INFINITY;
            double previousRate = 1.0;
            StopReason stop;
            for (int t = 0; ; t++) {
                Proposal proposal = t == 0 ? this::fromPrior : kernelProposal(population, kernel);
                Generation g = sample(t, epsilon, proposal, previousRate);
                simulationsDone += g.simulations();
                if (!g.complete()) {
                    if (population == null) {
                        throw new IllegalStateException("could not complete the first population of "
                                + settings.populationSize() + " from the prior within " + g.simulations()
                                + " simulations: the model returned too few finite distances");
                    }
                    stop = g.shortOf();
                    break;
                }
                population = t == 0 ? equalWeights(g.accepted()) : weighted(g.accepted(), population, kernel);
                double rate = (double) settings.populationSize() / g.proposalsUsed();
                GenerationStats stats = new GenerationStats(t, epsilon, rate, g.simulations(),
                        population.effectiveSampleSize());
                history.add(stats);
                progress.generationDone(stats);
                previousRate = rate;

                if (t + 1 >= settings.maxGenerations()) {
                    stop = StopReason.MAX_GENERATIONS;
                } else if (epsilon <= settings.minEpsilon()) {
                    stop = StopReason.MIN_EPSILON;
                } else if (rate < settings.minAcceptanceRate()) {
                    stop = StopReason.MIN_ACCEPTANCE_RATE;
                } else if (simulationsDone >= settings.simulationBudget()) {
                    stop = StopReason.BUDGET;
                } else {
                    stop = null;
                }
                if (stop != null) {
                    break;
                }
                epsilon = Math.max(settings.minEpsilon(), population.weightedDistanceQuantile(0.5));
                kernel = PerturbationKernel.fit(population, free);
            }
            return new AbcResult(prior, population, history, stop, simulationsDone);
        }

        /** A draw from the prior truncated to its bounds (by redrawing a value that falls outside). */
        private double[] fromPrior(SplittableRandom rng) {
            double[] theta = new double[prior.size()];
            for (int j = 0; j < theta.length; j++) {
                int tries = 0;
                do {
                    if (++tries > MAX_SUPPORT_RETRIES) {
                        throw new IllegalStateException("the prior of " + prior.id(j) + ", " + prior.get(j).describe()
                                + ", has almost no mass within [" + prior.lower(j) + ", " + prior.upper(j) + "]");
                    }
                    theta[j] = prior.get(j).quantile(rng.nextDouble());
                } while (!(theta[j] >= prior.lower(j) && theta[j] <= prior.upper(j)));
            }
            return theta;
        }

        private Proposal kernelProposal(Population previous, PerturbationKernel kernel) {
            double[] cumulative = new double[previous.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += previous.weight(i);
                cumulative[i] = sum;
            }
            return rng -> {
                for (int attempt = 0; attempt < MAX_SUPPORT_RETRIES; attempt++) {
                    int ancestor = pick(cumulative, rng.nextDouble() * cumulative[cumulative.length - 1]);
                    double[] theta = previous.theta(ancestor);
                    kernel.perturb(theta, rng);
                    if (prior.logDensity(theta) > Double.NEGATIVE_INFINITY) {
                        return theta;
                    }
                }
                throw new IllegalStateException(MAX_SUPPORT_RETRIES
                        + " perturbed proposals in a row fell outside the prior's support");
            };
        }

        private static int pick(double[] cumulative, double u) {
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Runs proposals in parallel batches until populationSize are accepted or a limit is hit. */
        private Generation sample(int t, double epsilon, Proposal proposal, double previousRate) {
            int n = settings.populationSize();
            long budgetLeft = settings.simulationBudget() - simulationsDone;
            long rateLimit = settings.minAcceptanceRate() > 0
                    ? (long) Math.ceil(n / settings.minAcceptanceRate()) : Long.MAX_VALUE;
            long maxSimulations = Math.min(budgetLeft, rateLimit);
            List<Attempt> accepted = new ArrayList<>(n);
            long executed = 0;
            long proposalsUsed = 0;
            while (accepted.size() < n) {
                if (executed >= maxSimulations) {
                    StopReason reason = budgetLeft <= rateLimit ? StopReason.BUDGET : StopReason.MIN_ACCEPTANCE_RATE;
                    return new Generation(accepted, proposalsUsed, executed, reason);
                }
                int batch = batchSize(n - accepted.size(), accepted.size(), executed, previousRate,
                        maxSimulations - executed);
                long first = executed;
                List<Attempt> results = new ArrayList<>(batch);
                // The whole batch always runs, so counts never depend on the thread count; it runs in slices
                // only so that a progress bar moves while slow simulations are under way.
                int slice = Math.max(64, 16 * workers.threads());
                for (int from = 0; from < batch; from += slice) {
                    long sliceStart = first + from;
                    int size = Math.min(slice, batch - from);
                    results.addAll(workers.map(size, i -> attempt(t, sliceStart + i, proposal)));
                    progress.simulations(t, simulationsDone + executed + from + size, settings.simulationBudget());
                }
                executed += batch;
                for (int i = 0; i < batch && accepted.size() < n; i++) {
                    Attempt a = results.get(i);
                    if (Double.isFinite(a.distance()) && a.distance() <= epsilon) {
                        accepted.add(a);
                        proposalsUsed = first + i + 1;
                    }
                }
            }
            return new Generation(accepted, proposalsUsed, executed, null);
        }

        /**
         * Proposals to run next: enough to finish the generation at the acceptance rate seen so far (or the
         * previous generation's), with a 10% margin once proposals are being rejected. It depends only on
         * counts, never on the thread count.
         */
        private int batchSize(int stillNeeded, int acceptedSoFar, long executed, double previousRate, long limit) {
            int n = settings.populationSize();
            double rate = acceptedSoFar > 0 ? (double) acceptedSoFar / executed
                    : executed > 0 ? Math.min(previousRate, 1.0 / executed) : previousRate;
            double margin = rate >= 1.0 ? 1.0 : 1.1;
            double wanted = margin * stillNeeded / Math.max(rate, 1e-6);
            long minBatch = Math.min(n, 64);
            long maxBatch = 10L * n;
            long batch = (long) Math.ceil(Math.min(Math.max(wanted, minBatch), maxBatch));
            return (int) Math.min(batch, limit);
        }

        private Attempt attempt(int generation, long index, Proposal proposal) {
            SplittableRandom rng = SeedPath.stream(settings.seed(), generation, index);
            double[] theta = proposal.propose(rng);
            long simulationSeed = rng.nextLong();
            double distance = model.distance(theta.clone(), simulationSeed);
            if (distance < 0) {
                throw new IllegalStateException("the model returned a negative distance " + distance);
            }
            return new Attempt(theta, distance);
        }

        private static Population equalWeights(List<Attempt> accepted) {
            double[][] thetas = new double[accepted.size()][];
            double[] weights = new double[accepted.size()];
            double[] distances = new double[accepted.size()];
            for (int i = 0; i < thetas.length; i++) {
                thetas[i] = accepted.get(i).theta();
                weights[i] = 1.0;
                distances[i] = accepted.get(i).distance();
            }
            return new Population(thetas, weights, distances);
        }

        /** Importance weights prior(theta_i) / sum_j w_j K(theta_i | theta_j), computed in log space. */
        private Population weighted(List<Attempt> accepted, Population previous, PerturbationKernel kernel) {
            int n = accepted.size();
            double[][] thetas = new double[n][];
            double[] distances = new double[n];
            for (int i = 0; i < n; i++) {
                thetas[i] = accepted.get(i).theta();
                distances[i] = accepted.get(i).distance();
            }
            double[] logPreviousWeight = new double[previous.size()];
            double[][] ancestors = new double[previous.size()][];
            for (int j = 0; j < previous.size(); j++) {
                logPreviousWeight[j] = Math.log(previous.weight(j));
                ancestors[j] = previous.theta(j);
            }
            double[] logWeights = workers.mapToDouble(n, i -> {
                double[] terms = new double[ancestors.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < ancestors.length; j++) {
                    terms[j] = logPreviousWeight[j] + kernel.logDensity(thetas[i], ancestors[j]);
                    max = Math.max(max, terms[j]);
                }
                double sum = 0;
                for (double term : terms) {
                    sum += Math.exp(term - max);
                }
                return prior.logDensity(thetas[i]) - (max + Math.log(sum));
            });
            double maxLog = Double.NEGATIVE_INFINITY;
            for (double lw : logWeights) {
                maxLog = Math.max(maxLog, lw);
            }
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = Math.exp(logWeights[i] - maxLog);
            }
            return new Population(thetas, weights, distances);
        }
    }
}
