package org.hermit.engine;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.hermit.model.ModelException;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.time.Months;

/**
 * Runs an ensemble on a pool of worker threads and delivers the finished runs to a sink in ascending run order.
 *
 * <p>Run r of every arm is seeded {@code RandomStreams.runSeed(masterSeed, r)} and draws its parameters from that
 * seed alone, so a run's output does not depend on the thread that ran it, on the number of threads or on which
 * other runs are in the ensemble: the same seed gives the same results with 1 thread or 64, and running a
 * subset of the run indices (to resume a sweep) gives those runs exactly as a full sweep would.
 *
 * <p>Memory is bounded: workers run ahead of delivery by at most {@code window} runs, each in one of
 * {@code window} reusable slots of output buffers. A run that takes long holds back the window (the others wait)
 * instead of letting finished runs pile up.
 *
 * <p>Failure: when a run throws (a {@link org.hermit.model.ModelException} for a NaN or an infinity), no new
 * runs start, every run before it is still delivered in order, and {@link #run} throws an
 * {@link EnsembleException} naming the run. The same holds for an exception thrown by the sink.
 */
public final class EnsembleRunner {
    private final List<Arm> arms;
    private final long masterSeed;
    private final int threads;
    private final int window;

    /**
     * @param threads worker threads (at least 1)
     * @param window  how many runs may be in flight or waiting for delivery (at least threads)
     */
    public EnsembleRunner(List<Arm> arms, long masterSeed, int threads, int window) {
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one arm");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("the window (" + window + ") must hold at least one run per thread (" + threads + ")");
        }
        this.arms = List.copyOf(arms);
        this.masterSeed = masterSeed;
        this.threads = threads;
        this.window = window;
    }

    /** One arm, a window of four runs per thread. */
    public static EnsembleRunner of(Arm arm, long masterSeed, int threads) {
        return new EnsembleRunner(List.of(arm), masterSeed, threads, 4 * threads);
    }

    /** Several arms run side by side with the same seeds, a window of four runs per thread. */
    public static EnsembleRunner of(List<Arm> arms, long masterSeed, int threads) {
        return new EnsembleRunner(arms, masterSeed, threads, 4 * threads);
    }

    /** Every core the JVM may use. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public List<Arm> arms() {
        return arms;
    }

    public long masterSeed() {
        return masterSeed;
    }

    public int threads() {
        return threads;
    }

    /** Runs 0 .. runs-1. */
    public void runAll(int runs, RunSink sink, ProgressListener progress) {
        run(RunIndices.all(runs), sink, progress);
    }

    /**
     * Runs the given run indices and delivers them to the sink in ascending order. Returns when every run has
     * been delivered; throws {@link EnsembleException} if a run failed (after delivering the runs before it), or
     * rethrows what the sink threw.
     */
    public void run(RunIndices runs, RunSink sink, ProgressListener progress) {
        new Execution(runs.toArray(), sink, progress).execute();
    }

    /** One call of {@link #run}: the slots, the workers and the delivery loop. */
    private final class Execution {
        private final int[] indices;
        private final RunSink sink;
        private final ProgressListener progress;
        private final Slot[] slots;
        private final AtomicInteger nextPosition = new AtomicInteger();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition runFinished = lock.newCondition();
        private final Condition windowMoved = lock.newCondition();
        private int delivered;          // guarded by lock: positions < delivered were handed to the sink
        private boolean stopped;        // guarded by lock

        Execution(int[] indices, RunSink sink, ProgressListener progress) {
            this.indices = indices;
            this.sink = sink;
            this.progress = progress == null ? ProgressListener.NONE : progress;
            int n = Math.min(window, Math.max(1, indices.length));
            this.slots = new Slot[n];
            for (int i = 0; i < n; i++) {
                slots[i] = new Slot();
            }
        }

        void execute() {
            if (indices.length == 0) {
                return;
            }
            int workers = Math.min(threads, indices.length);
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "hermit-run");
                t.setDaemon(true);
                return t;
            });
            try {
                for (int w = 0; w < workers; w++) {
                    pool.execute(this::work);
                }
                deliver();
            } finally {
                stop();
                pool.shutdown();
                awaitQuietly(pool);
            }
        }

        private void deliver() {
            for (int pos = 0; pos < indices.length; pos++) {
                Slot slot = slots[pos % slots.length];
                lock.lock();
                try {
                    while (slot.finishedPosition != pos) {
                        runFinished.awaitUninterruptibly();
                    }
                } finally {
                    lock.unlock();
                }
                if (slot.failure != null) {
                    throw new EnsembleException(indices[pos], slot.runSeed,
                            arms.size() > 1 ? arms.get(slot.failedArm).name() : null, slot.failure);
                }
                sink.accept(new CompletedRun(indices[pos], slot.runSeed, slot.parameters, slot.series));
                progress.progress(pos + 1L, indices.length);
                lock.lock();
                try {
                    delivered = pos + 1;
                    windowMoved.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        private void work() {
            while (true) {
                int pos = nextPosition.getAndIncrement();
                if (pos >= indices.length) {
                    return;
                }
                Slot slot = slots[pos % slots.length];
                lock.lock();
                try {
                    // The slot is free once the run that used it before (pos - slots) has been delivered.
                    while (!stopped && pos >= delivered + slots.length) {
                        windowMoved.awaitUninterruptibly();
                    }
                    if (stopped) {
                        return;
                    }
                } finally {
                    lock.unlock();
                }
                slot.runOne(indices[pos]);
                lock.lock();
                try {
                    slot.finishedPosition = pos;
                    runFinished.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        private void stop() {
            lock.lock();
            try {
                stopped = true;
                windowMoved.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Reusable buffers for one run in flight. Written by one worker, then read by the sink, never both at once. */
    private final class Slot {
        final SeriesBuffer[] series = new SeriesBuffer[arms.size()];
        final ParameterValues[] parameters = new ParameterValues[arms.size()];
        int finishedPosition = -1;  // guarded by the execution's lock
        long runSeed;
        Throwable failure;
        int failedArm;

        Slot() {
            for (int a = 0; a < series.length; a++) {
                series[a] = new SeriesBuffer(arms.get(a).model().months());
            }
        }

        void runOne(int runIndex) {
            runSeed = RandomStreams.runSeed(masterSeed, runIndex);
            failure = null;
            for (int a = 0; a < series.length; a++) {
                Arm arm = arms.get(a);
                try {
                    parameters[a] = arm.sampler().draw(runSeed);
                    MonthlyModel model = arm.model();
                    boolean trusted = model.writesAndChecksEveryValue();
                    if (!trusted) {
                        // A model that skips a cell must not leak the previous run's value into this one.
                        series[a].clear();
                    }
                    model.run(parameters[a], runSeed, series[a]);
                    if (!trusted) {
                        requireFinite(series[a], model.startMonth());
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                    failedArm = a;
                    return;
                }
            }
        }
    }

    /**
     * The model checks its own values as it goes; this second check makes sure no NaN or infinity reaches an
     * output file or a quantile whatever model runs, and names the first one as the model would: the earliest
     * month, then the first variable in catalogue order.
     */
    static void requireFinite(SeriesBuffer out, int startMonth) {
        double[] raw = out.raw();
        boolean allFinite = true;
        for (double x : raw) {
            allFinite &= Double.isFinite(x);
        }
        if (allFinite) {
            return;
        }
        int months = out.months();
        for (int t = 0; t < months; t++) {
            for (int v = 0; v < Variables.COUNT; v++) {
                double x = raw[v * months + t];
                if (!Double.isFinite(x)) {
                    throw new ModelException(Variables.get(v).id() + " became " + x + " in " + Months.format(startMonth + t));
                }
            }
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
