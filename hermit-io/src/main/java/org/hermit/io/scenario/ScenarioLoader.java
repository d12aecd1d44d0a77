package org.hermit.io.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.yaml.NearestNames;
import org.hermit.io.yaml.ProblemList;
import org.hermit.io.yaml.SchemaCheck;
import org.hermit.io.yaml.YamlDocument;
import org.hermit.io.yaml.YamlReader;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;

/**
 * Loads scenarios, bundled or from files, resolves {@code extends}, checks everything and returns the resolved
 * {@link Scenario} with its content hash. Anything wrong in the input, in any file of the chain, is reported
 * together in one {@link InputException} whose problems name file, line, column and path.
 *
 * <p>Format: README.md and scenario.schema.json in org/hermit/scenario/. An {@code extends} value with a '/' or
 * ending in .yaml or .yml is a file path relative to the extending file; any other value is a bundled name.
 */
public final class ScenarioLoader {
    public static final String SCHEMA = "org/hermit/scenario/scenario.schema.json";
    public static final String BUNDLED_DIRECTORY = "org/hermit/scenarios/";
    /** Seed, runs and resolution when no file in the chain sets them. */
    public static final long DEFAULT_SEED = 1L;
    public static final int DEFAULT_RUNS = 100;
    public static final Resolution DEFAULT_RESOLUTION = Resolution.COHORT;

    private final ParameterSpace registry;
    private final SchemaCheck schema = SchemaCheck.fromClasspath(SCHEMA);
    private final YamlReader yaml = new YamlReader();

    /** registry: the parameters that overrides may name, with their legal ranges. */
    public ScenarioLoader(ParameterSpace registry) {
        this.registry = registry;
    }

    /** Names of the bundled scenarios, baseline first. */
    public static List<String> bundledNames() {
        List<String> names = new ArrayList<>();
        for (String line : resource(BUNDLED_DIRECTORY + "index.txt").lines().toList()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** A scenario file; its origin is the path as given. */
    public Scenario load(Path file) {
        return build(new Source.File(file, file.toString()));
    }

    /** A bundled scenario by name; its origin is "bundled:name". */
    public Scenario loadBundled(String name) {
        if (!bundledNames().contains(name)) {
            throw new InputException(new InputProblem(name, 0, 0, "", "no bundled scenario named '" + name + "'"
                    + NearestNames.hint(name, bundledNames())));
        }
        return build(new Source.Bundled(name));
    }

    /**
     * A bundled scenario when nameOrPath is a bundled name (and not a path), otherwise a file. What the command line
     * takes as SCENARIO.
     */
    public Scenario resolve(String nameOrPath) {
        if (!looksLikePath(nameOrPath) && bundledNames().contains(nameOrPath)) {
            return loadBundled(nameOrPath);
        }
        Path path = Path.of(nameOrPath);
        if (!Files.exists(path)) {
            String hint = looksLikePath(nameOrPath) ? "" : "; bundled scenarios: " + String.join(", ", bundledNames())
                    + NearestNames.nearest(nameOrPath, bundledNames()).map(n -> "; did you mean '" + n + "'?").orElse("");
            throw new InputException(new InputProblem(nameOrPath, 0, 0, "",
                    "no such file" + (looksLikePath(nameOrPath) ? "" : " and no bundled scenario of that name") + hint));
        }
        return load(path);
    }

    private static boolean looksLikePath(String ref) {
        return ref.contains("/") || ref.contains("\\") || ref.endsWith(".yaml") || ref.endsWith(".yml");
    }

    // --- resolving extends ---------------------------------------------------------------------------------------

    /** Where a scenario's text comes from. key identifies it for cycle detection. */
    private sealed interface Source {
        String label();

        String key();

        String origin();

        record Bundled(String name) implements Source {
            public String label() {
                return "bundled:" + name;
            }

            public String key() {
                return label();
            }

            public String origin() {
                return label();
            }
        }

        record File(Path path, String label) implements Source {
            public String key() {
                return path.toAbsolutePath().normalize().toString();
            }

            public String origin() {
                return label;
            }
        }
    }

    private Scenario build(Source top) {
        List<InputProblem> problems = new ArrayList<>();
        ScenarioDraft draft = chain(top, new ArrayList<>(), problems);
        if (!problems.isEmpty() || draft == null) {
            throw new InputException(problems);
        }
        if (draft.start() == null || draft.end() == null) {
            // Only reachable when a parent failed; its problems were reported above.
            throw new IllegalStateException("resolved scenario without start or end: " + top.label());
        }
        int start = draft.start().value();
        int end = draft.end().value();
        if (end < start) {
            ScenarioDraft.Located<Integer> at = draft.end();
            String startFrom = draft.start().file().equals(at.file()) ? "" : " (start is set in " + draft.start().file() + ")";
            problems.add(new InputProblem(at.file(), at.node().position().line(), at.node().position().column(),
                    at.node().path(), "end " + Months.format(end) + " is before start " + Months.format(start) + startFrom));
        }
        String posteriorSha = null;
        if (draft.posterior() != null) {
            try {
                posteriorSha = ScenarioHash.sha256(Files.readAllBytes(Path.of(draft.posterior())));
            } catch (IOException e) {
                problems.add(new InputProblem(top.label(), 0, 0, "parameters.posterior",
                        "cannot read the posterior file " + draft.posterior() + ": " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        long seed = draft.seed() != null ? draft.seed() : DEFAULT_SEED;
        int runs = draft.runs() != null ? draft.runs() : DEFAULT_RUNS;
        Resolution resolution = draft.resolution() != null ? draft.resolution() : DEFAULT_RESOLUTION;
        String hash = ScenarioHash.of(draft.name(), start, end, seed, runs, resolution, draft.parameters(), posteriorSha,
                draft.policies(), draft.events());
        return new Scenario(draft.name(), draft.description(), top.origin(), hash, start, end, seed, runs, resolution,
                draft.parameters(), draft.posterior(), draft.policies(), draft.events());
    }

    /**
     * Reads source and, recursively, what it extends; returns the merged draft, or null when the source itself could
     * not be read. Problems of every file in the chain go into problems.
     */
    private ScenarioDraft chain(Source source, List<Source> stack, List<InputProblem> problems) {
        ProblemList fileProblems = new ProblemList(source.label());
        ScenarioDraft draft;
        try {
            YamlDocument doc = source instanceof Source.File f
                    ? yaml.read(f.path(), f.label())
                    : yaml.read(source.label(), resource(BUNDLED_DIRECTORY + ((Source.Bundled) source).name() + ".yaml"));
            fileProblems.addAll(doc.problems());
            fileProblems.addAll(schema.check(doc));
            Path baseDir = source instanceof Source.File f ? directoryOf(f.path()) : null;
            draft = ScenarioFile.read(doc, registry, fileProblems, baseDir);
        } catch (InputException unreadable) {
            problems.addAll(unreadable.problems());
            return null;
        }
        // The file's own problems come first, then those of what it extends.
        Source parent = null;
        if (draft.extendsRef() != null) {
            ScenarioDraft.Located<String> ref = draft.extendsRef();
            parent = parentOf(source, ref, fileProblems);
            if (parent != null) {
                List<Source> path = new ArrayList<>(stack);
                path.add(source);
                int seen = indexOfKey(path, parent.key());
                if (seen >= 0) {
                    List<String> cycle = new ArrayList<>();
                    for (Source s : path.subList(seen, path.size())) {
                        cycle.add(s.label());
                    }
                    cycle.add(parent.label());
                    fileProblems.at(ref.node(), "extends makes a cycle: " + String.join(" -> ", cycle));
                    parent = null;
                }
            }
        }
        problems.addAll(fileProblems.sorted());
        if (draft.extendsRef() == null) {
            return draft;
        }
        if (parent == null) {
            return null;
        }
        List<Source> path = new ArrayList<>(stack);
        path.add(source);
        ScenarioDraft parentDraft = chain(parent, path, problems);
        return parentDraft == null ? null : draft.over(parentDraft);
    }

    /** The source an extends value names, or null (with a problem) when there is none. */
    private Source parentOf(Source child, ScenarioDraft.Located<String> ref, ProblemList problems) {
        String value = ref.value();
        if (!looksLikePath(value)) {
            if (bundledNames().contains(value)) {
                return new Source.Bundled(value);
            }
            problems.at(ref.node(), "no bundled scenario named '" + value + "'" + NearestNames.hint(value, bundledNames())
                    + " (a file path needs a '/' or a .yaml ending)");
            return null;
        }
        if (!(child instanceof Source.File file)) {
            problems.at(ref.node(), "a bundled scenario can only extend another bundled scenario");
            return null;
        }
        Path path = directoryOf(file.path()).resolve(value).normalize();
        if (!Files.isRegularFile(path)) {
            problems.at(ref.node(), "no such file: " + path);
            return null;
        }
        return new Source.File(path, path.toString());
    }

    private static int indexOfKey(List<Source> sources, String key) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Path directoryOf(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static String resource(String path) {
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }
}
