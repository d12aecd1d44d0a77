package org.hermit.engine;

/**
 * Receives finished runs one at a time, in ascending run order, on the thread that called
 * {@link EnsembleRunner#run}. While it works, the ensemble keeps at most a small window of later runs in
 * memory; a slow sink slows the workers down rather than filling the heap.
 */
@FunctionalInterface
public interface RunSink {
    void accept(CompletedRun run);
}
