package org.hermit.io.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;

/** The problems found in one file, gathered so that all of them are reported together. */
public final class ProblemList {
    private static final Comparator<InputProblem> IN_FILE_ORDER = Comparator.comparing(InputProblem::file)
            .thenComparingInt(InputProblem::line).thenComparingInt(InputProblem::column);

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();

    public ProblemList(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** A problem with a node's value, reported where the node starts. */
    public void at(YamlNode node, String message) {
        add(new InputProblem(file, node.position().line(), node.position().column(), node.path(), message));
    }

    /** A problem with a key itself (unknown, mistyped), reported where the key is written. */
    public void atKey(YamlNode.Entry entry, String message) {
        add(new InputProblem(file, entry.keyPosition().line(), entry.keyPosition().column(), entry.value().path(), message));
    }

    public void add(InputProblem problem) {
        // One message per problem: the same text at the same place is said once.
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    public void addAll(Collection<InputProblem> more) {
        more.forEach(this::add);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Whether a problem was already reported at path or inside it (so later checks leave that part alone). */
    public boolean touches(String path) {
        for (InputProblem p : problems) {
            String q = p.path();
            if (q.equals(path) || path.isEmpty()
                    || q.startsWith(path + ".") || q.startsWith(path + "[")) {
                return true;
            }
        }
        return false;
    }

    /** The problems sorted by file, line and column. */
    public List<InputProblem> sorted() {
        List<InputProblem> out = new ArrayList<>(problems);
        out.sort(IN_FILE_ORDER);
        return out;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InputException(sorted());
        }
    }
}
