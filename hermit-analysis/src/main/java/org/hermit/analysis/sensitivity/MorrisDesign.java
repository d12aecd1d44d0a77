package org.hermit.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hermit.analysis.SeedPath;
import org.hermit.analysis.Workers;

/**
 * Morris trajectories on a grid of p levels. Level l of a parameter is the centre of the l-th of p equally
 * probable bins, u = (l + 1/2) / p, so unbounded priors still map to finite values. A step moves one
 * parameter by p/2 levels, i.e. by 1/2 in u.
 */
final class MorrisDesign {
    /** The step in u of every move. */
    static final double DELTA_U = 0.5;

    /**
     * One trajectory: k + 1 points in level coordinates; point j + 1 differs from point j in parameter
     * order[j] alone, which moves up when direction[order[j]] is +1 and down when -1.
     */
    record Trajectory(int[][] levels, int[] order, int[] direction) {
        double u(int point, int parameter, int p) {
            return (levels[point][parameter] + 0.5) / p;
        }
    }

    private MorrisDesign() {}

    /** The trajectories of a screening of k free parameters: random ones, or the most spread out candidates. */
    static List<Trajectory> create(int k, MorrisSettings settings, Workers workers) {
        int count = settings.candidates() > 0 ? settings.candidates() : settings.trajectories();
        List<Trajectory> random = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            random.add(random(k, settings.levels(), SeedPath.stream(settings.seed(), 0, m)));
        }
        if (settings.candidates() == 0) {
            return random;
        }
        return selectSpread(random, settings.trajectories(), settings.levels(), workers);
    }

    static Trajectory random(int k, int p, SplittableRandom rng) {
        int jump = p / 2;
        int[] start = new int[k];
        int[] direction = new int[k];
        for (int i = 0; i < k; i++) {
            int low = rng.nextInt(p - jump); // the lower end of the move, so that low + jump <= p - 1
            direction[i] = rng.nextBoolean() ? 1 : -1;
            start[i] = direction[i] > 0 ? low : low + jump;
        }
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int[][] levels = new int[k + 1][];
        levels[0] = start;
        for (int j = 0; j < k; j++) {
            levels[j + 1] = levels[j].clone();
            levels[j + 1][order[j]] += direction[order[j]] * jump;
        }
        return new Trajectory(levels, order, direction);
    }

    /**
     * Campolongo et al. (2007) distance between two trajectories: the sum over all pairs of their points of
     * the Euclidean distance in u.
     */
    static double distance(Trajectory a, Trajectory b, int p) {
        int points = a.levels().length;
        int k = a.order().length;
        double sum = 0;
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                double squares = 0;
                for (int z = 0; z < k; z++) {
                    double d = a.u(i, z, p) - b.u(j, z, p);
                    squares += d * d;
                }
                sum += Math.sqrt(squares);
            }
        }
        return sum;
    }

    /** Campolongo's spread of a set of trajectories: sqrt of the sum of squared pairwise distances. */
    static double spread(List<Trajectory> trajectories, int p) {
        double sum = 0;
        for (int a = 0; a < trajectories.size(); a++) {
            for (int b = a + 1; b < trajectories.size(); b++) {
                double d = distance(trajectories.get(a), trajectories.get(b), p);
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * Chooses r of the candidates with a large spread. Trying every subset is out of reach, so this is the
     * greedy construction of Ruano et al. (2012): start from the farthest pair, then repeatedly add the
     * candidate that adds the most squared distance to those already chosen.
     */
    static List<Trajectory> selectSpread(List<Trajectory> candidates, int r, int p, Workers workers) {
        int m = candidates.size();
        double[][] squared = new double[m][];
        List<double[]> rows = workers.map(m, a -> {
            double[] row = new double[m];
            for (int b = a + 1; b < m; b++) {
                double d = distance(candidates.get(a), candidates.get(b), p);
                row[b] = d * d;
            }
            return row;
        });
        for (int a = 0; a < m; a++) {
            squared[a] = rows.get(a);
        }
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < a; b++) {
                squared[a][b] = squared[b][a];
            }
        }
        int bestA = 0;
        int bestB = 1;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                if (squared[a][b] > squared[bestA][bestB]) {
                    bestA = a;
                    bestB = b;
                }
            }
        }
        boolean[] chosen = new boolean[m];
        chosen[bestA] = true;
        chosen[bestB] = true;
        double[] gain = new double[m];
        for (int c = 0; c < m; c++) {
            gain[c] = squared[c][bestA] + squared[c][bestB];
        }
        List<Integer> picked = new ArrayList<>(List.of(bestA, bestB));
        while (picked.size() < r) {
            int best = -1;
            for (int c = 0; c < m; c++) {
                if (!chosen[c] && (best < 0 || gain[c] > gain[best])) {
                    best = c;
                }
            }
            chosen[best] = true;
            picked.add(best);
            for (int c = 0; c < m; c++) {
                gain[c] += squared[c][best];
            }
        }
        List<Trajectory> out = new ArrayList<>(r);
        for (int index : picked) {
            out.add(candidates.get(index));
        }
        return out;
    }
}
