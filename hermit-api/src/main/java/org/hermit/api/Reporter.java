package org.hermit.api;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report of a finished output directory (a run's or a comparison's): report.html, and the charts as
 * PNG files when asked. The report module provides the implementation; commands call it after a run unless
 * told not to.
 */
@FunctionalInterface
public interface Reporter {
    /** Writes the report into dir and returns the files written. Bad or missing outputs: InputException. */
    List<Path> write(Path dir, boolean png);
}
