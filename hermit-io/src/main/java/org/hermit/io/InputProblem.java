package org.hermit.io;

/**
 * One problem in a user's input file: where it is and what was expected.
 * line and column are 1-based; 0 when unknown. path is a data path such as {@code policies[3].enforcement}
 * (empty for a whole-file problem).
 */
public record InputProblem(String file, int line, int column, String path, String message) {

    /** "scenarios/x.yaml:12:5: policies[3].enforcement: expected a number in 0..1, got 1.7". */
    public String format() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
