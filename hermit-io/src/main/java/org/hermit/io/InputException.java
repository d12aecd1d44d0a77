package org.hermit.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad user input (a scenario, an observed-data file, an option). The command line prints each problem
 * on its own line and exits with status 2, without a stack trace.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::format).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    public static InputException of(String file, int line, int column, String path, String message) {
        return new InputException(new InputProblem(file, line, column, path, message));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
