package org.hermit.cli;

import java.io.PrintWriter;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import picocli.CommandLine;

/**
 * Entry point. Exit status: 0 ok, 2 bad input (each problem on its own line, no stack trace),
 * 1 internal error (one line; the stack trace only with --debug).
 */
public final class Main {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (used by tests, which must not call System.exit). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        return newCommandLine(new HermitCommand());
    }

    /** The command line around this root command (tests give one with their own Hermit). */
    public static CommandLine newCommandLine(HermitCommand root) {
        CommandLine cl = new CommandLine(root);
        cl.setExitCodeExceptionMapper(Main::exitCodeOf);
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // "@FILE" is an option value of its own (sensitivity and calibrate --params @FILE), not a file of arguments to
        // splice in.
        cl.setExpandAtFiles(false);
        return cl;
    }

    static int exitCodeOf(Throwable t) {
        return t instanceof InputException || t instanceof CommandLine.ParameterException ? EXIT_BAD_INPUT : EXIT_INTERNAL;
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("hermit: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return EXIT_BAD_INPUT;
    }

    private static int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean debug = parsed != null && isDebug(cmd);
        Throwable cause = ex;
        if (cause instanceof InputException input) {
            for (InputProblem p : input.problems()) {
                err.println(p.format());
            }
            int n = input.problems().size();
            err.println("hermit: " + n + (n == 1 ? " problem" : " problems") + " in the input; nothing was run.");
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_BAD_INPUT;
        }
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
        err.println("hermit: internal error: " + msg + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_INTERNAL;
    }

    private static boolean isDebug(CommandLine cmd) {
        CommandLine root = cmd;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Object top = root.getCommand();
        return top instanceof HermitCommand h && h.options().debug();
    }
}
