package org.hermit.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hermit.analysis.abc.AbcResult;
import org.hermit.analysis.abc.GenerationStats;
import org.hermit.analysis.posterior.PosteriorSample;
import org.hermit.model.time.Months;

/**
 * A scenario's parameters fitted to the record up to a cut-off: the ABC-SMC outcome (the last generation's weighted
 * particles, every generation's tolerance, acceptance rate and effective sample size) and the fit per series at the
 * prior's centre and at the posterior mean.
 *
 * @param scenario     the scenario's name
 * @param startMonth   first month of the fitted runs
 * @param cutoff       last month of the fitted runs and of the observations used
 * @param parameters   the fitted parameters' ids, in the order of the particles' values
 * @param abc          the calibration itself
 * @param priorCentre  the fitted parameters' starting values (the scenario's central values)
 * @param posteriorMean their weighted means in the last generation
 * @param fit          per observed series: how far runs at the prior centre and at the posterior mean are from it
 * @param seed         the master seed the calibration used
 */
public record CalibrationResult(String scenario, int startMonth, int cutoff, List<String> parameters, AbcResult abc,
                                double[] priorCentre, double[] posteriorMean, List<SeriesFit> fit, long seed) {

    /**
     * One observed series' fit: the root-mean-square error of its observations in the series' unit of comparison
     * (0.25 in logs, about 28%, for levels; 3 points for growth rates; 0.1 for shares), averaged over a few runs.
     */
    public record SeriesFit(String series, int observations, double priorCentre, double posteriorMean) {}

    public CalibrationResult {
        parameters = List.copyOf(parameters);
        priorCentre = priorCentre.clone();
        posteriorMean = posteriorMean.clone();
        fit = List.copyOf(fit);
    }

    @Override
    public double[] priorCentre() {
        return priorCentre.clone();
    }

    @Override
    public double[] posteriorMean() {
        return posteriorMean.clone();
    }

    /**
     * The q-quantile of fitted parameter j in the last generation, weights counted (the smallest value below which
     * at least share q of the weight lies).
     */
    public double posteriorQuantile(int j, double q) {
        var population = abc.population();
        Integer[] order = new Integer[population.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(population.theta(a)[j], population.theta(b)[j]));
        double cumulative = 0;
        for (int i : order) {
            cumulative += population.weight(i);
            if (cumulative >= q - 1e-12) {
                return population.theta(i)[j];
            }
        }
        return population.theta(order[order.length - 1])[j];
    }

    public List<GenerationStats> generations() {
        return abc.generations();
    }

    /** The last generation as a weighted posterior sample (the file scenarios read with {@code posterior:}). */
    public PosteriorSample posterior() {
        return abc.weightedSample();
    }

    /** Writes {@link #posterior()} to file, with comment lines saying how it was made. */
    public void writePosterior(Path file) {
        List<String> comments = new ArrayList<>();
        comments.add("Posterior sample of hermit calibrate: scenario " + scenario + ", observations "
                + Months.format(startMonth) + " to " + Months.format(cutoff) + ", seed " + seed + ".");
        GenerationStats last = abc.last();
        comments.add(String.format(Locale.ROOT, "%d generations, %d simulations, stopped by %s; last tolerance %.4g,"
                        + " acceptance %.3f, effective sample size %.0f of %d.", abc.generations().size(), abc.simulations(),
                abc.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' '), last.epsilon(), last.acceptanceRate(),
                last.effectiveSampleSize(), abc.population().size()));
        comments.add("Use it from a scenario file: parameters: {posterior: " + file.getFileName() + "}");
        posterior().write(file, comments);
    }
}
