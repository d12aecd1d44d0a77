package org.hermit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

/**
 * A fixed pool of threads that evaluates indexed tasks and returns the results in index order. A task's
 * result may depend only on its index, so the outcome is the same for any number of threads. With one
 * thread everything runs on the caller's thread. Close it when done.
 */
public final class Workers implements AutoCloseable {
    private final int threads;
    private final ExecutorService pool;

    private Workers(int threads) {
        this.threads = threads;
        if (threads == 1) {
            this.pool = null;
        } else {
            AtomicInteger threadNumber = new AtomicInteger();
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "hermit-analysis-" + threadNumber.incrementAndGet());
                t.setDaemon(true); // a caller that forgets close() must not keep the JVM alive
                return t;
            };
            this.pool = Executors.newFixedThreadPool(threads, factory);
        }
    }

    /** A pool of the given size; 0 or less means one thread per available processor. */
    public static Workers of(int threads) {
        return new Workers(resolve(threads));
    }

    /** The number of threads a request for {@code threads} gets: 0 or less means all available processors. */
    public static int resolve(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    /** f(0), ..., f(count - 1). An exception thrown by a task is rethrown here (the lowest failing index's). */
    public double[] mapToDouble(int count, IntToDoubleFunction f) {
        double[] out = new double[count];
        forEachChunk(count, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = f.applyAsDouble(i);
            }
        });
        return out;
    }

    /** f(0), ..., f(count - 1) as a list. */
    public <T> List<T> map(int count, IntFunction<T> f) {
        Object[] out = new Object[count];
        forEachChunk(count, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = f.apply(i);
            }
        });
        List<T> list = new ArrayList<>(count);
        for (Object o : out) {
            @SuppressWarnings("unchecked")
            T t = (T) o;
            list.add(t);
        }
        return list;
    }

    private interface Chunk {
        void run(int from, int to);
    }

    private void forEachChunk(int count, Chunk chunk) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        if (pool == null || count <= 1) {
            chunk.run(0, count);
            return;
        }
        // Several chunks per thread so uneven task times still balance.
        int chunkSize = Math.max(1, count / (threads * 8));
        List<Future<?>> futures = new ArrayList<>();
        for (int from = 0; from < count; from += chunkSize) {
            int start = from;
            int end = Math.min(count, from + chunkSize);
            futures.add(pool.submit(() -> chunk.run(start, end)));
        }
        RuntimeException failure = null;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(fu -> fu.cancel(true));
                throw new IllegalStateException("interrupted while waiting for parallel tasks", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = unwrap(e.getCause());
                    futures.forEach(fu -> fu.cancel(true));
                }
            } catch (java.util.concurrent.CancellationException e) {
                // cancelled after an earlier chunk failed; that failure is reported
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
