package org.hermit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hermit.io.observed.ObservedData;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** --observed FILE and --observed-only, shared by the commands that hold the model to the record. */
public final class ObservedOptions {
    @Option(names = "--observed", paramLabel = "FILE",
            description = "Observed data (series,date,value[,unit][,source]) merged with the bundled evidence;"
                    + " its values win where both have a period.")
    Path observed;

    @Option(names = "--observed-only", description = "Use only the observations of --observed FILE, not the bundled evidence.")
    boolean observedOnly;

    /** The observations to use: the bundled evidence, a user's file merged over it, or the file alone. */
    ObservedData read(CommandLine cl, PrintWriter err) {
        return RecordInputs.observed(cl, observed, observedOnly, err);
    }
}
