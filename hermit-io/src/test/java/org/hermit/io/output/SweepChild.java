package org.hermit.io.output;

import java.nio.file.Path;
import org.hermit.engine.testing.RandomWalkModel;

/**
 * A sweep in a process of its own, for the crash test: runs the random-walk scenario into a directory, sleeping
 * in each run so that it can be killed in the middle, and prints "committed N" each time N runs are durable.
 * Arguments: directory, runs, seed, threads, sleep per run (ms).
 */
public final class SweepChild {
    private SweepChild() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        int threads = Integer.parseInt(args[3]);
        long sleep = Long.parseLong(args[4]);
        SweepInput input = new SweepInput(SweepFixtures.scenario("walk"),
                new RandomWalkModel(SweepFixtures.START, SweepFixtures.END - SweepFixtures.START + 1).sleeping(sleep));
        EnsembleSweep.run(input, dir, SweepOptions.of(runs, seed).withThreads(threads).withCommitted(n -> {
            System.out.println("committed " + n);
            System.out.flush();
        }));
        System.out.println("done");
    }
}
