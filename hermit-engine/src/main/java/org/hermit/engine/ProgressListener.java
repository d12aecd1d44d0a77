package org.hermit.engine;

/** Told after each run is delivered: runs done so far and the total to do. Called on the sink's thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
