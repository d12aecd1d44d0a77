package org.hermit.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts: --quiet and --debug. */
public final class GlobalOptions {
    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "No progress bar and no chatter on stderr.")
    boolean quiet;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean debug;

    public boolean quiet() {
        return quiet;
    }

    public boolean debug() {
        return debug;
    }
}
