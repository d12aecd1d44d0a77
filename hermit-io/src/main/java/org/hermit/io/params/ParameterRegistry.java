package org.hermit.io.params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.evidence.Evidence;
import org.hermit.io.evidence.EvidenceRow;
import org.hermit.io.yaml.ProblemList;
import org.hermit.io.yaml.SchemaCheck;
import org.hermit.io.yaml.YamlDocument;
import org.hermit.io.yaml.YamlNode;
import org.hermit.io.yaml.YamlReader;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.SourceRef;

/**
 * Loads the parameter registry: YAML files (format in parameters.schema.json beside index.txt) into a
 * {@link ParameterSpace}. Every broken invariant of a parameter (no sources and no assumption, a central value
 * outside the legal range, a prior that does not fit, an id defined twice, a citation of a row that does not
 * exist) is an {@link InputProblem} with file, line, column and path; all problems of all files are reported
 * together in one {@link InputException}.
 *
 * <p>A source cites a row of the bundled evidence by file, series and period. The URL resolver given to the loader
 * looks the row up and returns its URL, or empty when no such row exists (which is a problem).
 */
public final class ParameterRegistry {
    /** Where the bundled parameter files and their index live on the classpath. */
    public static final String DIRECTORY = "org/hermit/params/";
    public static final String SCHEMA = DIRECTORY + "parameters.schema.json";

    /** A resolver that takes every citation as given and leaves its URL blank (for files checked elsewhere). */
    public static final Function<SourceRef, Optional<String>> URLS_LEFT_BLANK = ref -> Optional.of("");

    private final Function<SourceRef, Optional<String>> urlResolver;
    private final SchemaCheck schema = SchemaCheck.fromClasspath(SCHEMA);
    private final YamlReader yaml = new YamlReader();

    private ParameterRegistry(Function<SourceRef, Optional<String>> urlResolver) {
        this.urlResolver = urlResolver;
    }

    /** The bundled registry, each citation resolved against the bundled evidence. */
    public static ParameterSpace bundled() {
        return bundled(urlsFrom(Evidence.bundled()));
    }

    /**
     * Resolves a citation to the URL of the first row of evidence with that file, series and period text (empty
     * when there is no such row).
     */
    public static Function<SourceRef, Optional<String>> urlsFrom(Evidence evidence) {
        return ref -> evidence.find(ref.file(), ref.series(), ref.period()).map(EvidenceRow::url);
    }

    /** The bundled registry: every file listed in org/hermit/params/index.txt, in order. */
    public static ParameterSpace bundled(Function<SourceRef, Optional<String>> urlResolver) {
        ParameterRegistry registry = new ParameterRegistry(urlResolver);
        List<Text> texts = new ArrayList<>();
        for (String line : resource(DIRECTORY + "index.txt").lines().toList()) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                texts.add(new Text(DIRECTORY + file, resource(DIRECTORY + file)));
            }
        }
        return registry.read(texts);
    }

    /** Parameter files on disk (a user's own registry, or tests), in the order given. */
    public static ParameterSpace load(List<Path> files, Function<SourceRef, Optional<String>> urlResolver) {
        ParameterRegistry registry = new ParameterRegistry(urlResolver);
        List<Text> texts = new ArrayList<>();
        List<InputProblem> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.add(new Text(file.toString(), java.nio.file.Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                unreadable.add(new InputProblem(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage()));
            }
        }
        if (!unreadable.isEmpty()) {
            throw new InputException(unreadable);
        }
        return registry.read(texts);
    }

    /** Parameter files given as text (label = the name problems are reported under). */
    public static ParameterSpace read(List<Text> files, Function<SourceRef, Optional<String>> urlResolver) {
        return new ParameterRegistry(urlResolver).read(files);
    }

    /** A parameter file's name and content. */
    public record Text(String label, String content) {}

    private ParameterSpace read(List<Text> files) {
        List<ParameterDef> defs = new ArrayList<>();
        Map<String, InputProblem> firstDefinition = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Text file : files) {
            ProblemList fileProblems = new ProblemList(file.label());
            try {
                YamlDocument doc = yaml.read(file.label(), file.content());
                fileProblems.addAll(doc.problems());
                fileProblems.addAll(schema.check(doc));
                if (doc.root() instanceof YamlNode.Mapping root
                        && root.get("parameters").orElse(null) instanceof YamlNode.Sequence list) {
                    for (YamlNode item : list.items()) {
                        if (item instanceof YamlNode.Mapping map) {
                            readParameter(map, fileProblems, firstDefinition).ifPresent(defs::add);
                        }
                    }
                }
            } catch (InputException syntax) {
                fileProblems.addAll(syntax.problems());
            }
            problems.addAll(fileProblems.sorted());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new ParameterSpace(defs);
    }

    private Optional<ParameterDef> readParameter(YamlNode.Mapping map, ProblemList problems,
                                                 Map<String, InputProblem> firstDefinition) {
        // Each check runs on the parts the schema found sound, so one file's problems all show at once.
        Optional<YamlNode> idNode = sound(map, "id", problems);
        String id = idNode.map(n -> ((YamlNode.Scalar) n).text()).orElse("?");
        idNode.ifPresent(n -> {
            InputProblem here = new InputProblem(problems.file(), n.position().line(), n.position().column(), n.path(), "");
            InputProblem first = firstDefinition.putIfAbsent(id, here);
            if (first != null) {
                problems.at(n, "parameter '" + id + "' is already defined at " + first.file() + ":" + first.line()
                        + ":" + first.column() + "; ids must be unique");
            }
        });
        Optional<YamlNode> sourcesNode = sound(map, "sources", problems);
        Optional<YamlNode> assumptionNode = sound(map, "assumption", problems);
        List<YamlNode> sourceNodes = sourcesNode.map(n -> ((YamlNode.Sequence) n).items()).orElse(List.of());
        String assumption = assumptionNode.map(n -> ((YamlNode.Scalar) n).text()).orElse("");
        if (sourceNodes.isEmpty() && assumption.isBlank() && !problems.touches(YamlNode.childPath(map.path(), "sources"))
                && !problems.touches(YamlNode.childPath(map.path(), "assumption"))) {
            problems.at(map, "parameter " + id + " needs sources (rows of the bundled evidence) or an assumption"
                    + " that states the reason for its number");
        }
        List<SourceRef> sources = new ArrayList<>();
        for (YamlNode sourceNode : sourceNodes) {
            if (!problems.touches(sourceNode.path())) {
                resolveSource((YamlNode.Mapping) sourceNode, problems).ifPresent(sources::add);
            }
        }
        Optional<YamlNode> rangeNode = sound(map, "range", problems);
        Optional<YamlNode> centralNode = sound(map, "central", problems);
        double min = rangeNode.map(n -> number(((YamlNode.Sequence) n).items().get(0))).orElse(Double.NaN);
        double max = rangeNode.map(n -> number(((YamlNode.Sequence) n).items().get(1))).orElse(Double.NaN);
        double central = centralNode.map(ParameterRegistry::number).orElse(Double.NaN);
        boolean rangeOk = rangeNode.isPresent() && min <= max;
        if (rangeNode.isPresent() && !rangeOk) {
            problems.at(rangeNode.get(), "expected [min, max] with min <= max, got " + NumberText.range(min, max));
        }
        if (rangeOk && centralNode.isPresent() && (central < min || central > max)) {
            problems.at(centralNode.get(), "central value " + NumberText.format(central) + " lies outside the range "
                    + NumberText.range(min, max));
        }
        Optional<Distribution> prior = Optional.empty();
        Optional<YamlNode> priorNode = sound(map, "prior", problems);
        if (priorNode.isPresent()) {
            prior = DistributionSyntax.read(priorNode.get(), problems);
            if (prior.isPresent() && centralNode.isPresent()) {
                checkPrior(prior.get(), priorNode.get(), central, min, max, rangeOk, problems);
            }
        }
        if (problems.touches(map.path()) || prior.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ParameterDef(id, text(map, "unit"), text(map, "description"), central, prior.get(),
                    min, max, sources, assumption));
        } catch (IllegalArgumentException e) {
            problems.at(map, e.getMessage());
            return Optional.empty();
        }
    }

    /** The node under key when it is present and no problem was found in it. */
    private static Optional<YamlNode> sound(YamlNode.Mapping map, String key, ProblemList problems) {
        return map.get(key).filter(n -> !problems.touches(n.path()));
    }

    /** A prior is consistent when it covers the central value and every value it can draw is legal. */
    private static void checkPrior(Distribution prior, YamlNode priorNode, double central, double min, double max,
                                   boolean rangeOk, ProblemList problems) {
        if (prior instanceof Distribution.Fixed f) {
            if (f.value() != central) {
                problems.at(priorNode, "a fixed prior must equal the central value " + NumberText.format(central)
                        + ", got " + NumberText.format(f.value()));
            }
            return;
        }
        if (central < prior.lower() || central > prior.upper()) {
            problems.at(priorNode, "the prior " + prior.describe() + " does not cover the central value "
                    + NumberText.format(central));
            return;
        }
        if (!rangeOk) {
            return;
        }
        boolean bounded = Double.isFinite(prior.lower()) && Double.isFinite(prior.upper());
        if (bounded && (prior.lower() < min || prior.upper() > max)) {
            problems.at(priorNode, "the prior " + prior.describe() + " reaches outside the range "
                    + NumberText.range(min, max));
        } else if (!bounded) {
            // An unbounded prior is clamped into the range when drawn; its middle must still be legal.
            double median = prior.quantile(0.5);
            if (median < min || median > max) {
                problems.at(priorNode, "the median " + NumberText.format(median) + " of the prior " + prior.describe()
                        + " lies outside the range " + NumberText.range(min, max));
            }
        }
    }

    private Optional<SourceRef> resolveSource(YamlNode.Mapping source, ProblemList problems) {
        String file = text(source, "file");
        String series = text(source, "series");
        String period = text(source, "period");
        String note = source.get("note").isPresent() ? text(source, "note") : "";
        SourceRef cited = new SourceRef(file, series, period, "", note);
        Optional<String> url = urlResolver.apply(cited);
        if (url.isEmpty()) {
            problems.at(source, "no row of " + file + " has series '" + series + "' and period '" + period
                    + "'; cite a row of the bundled evidence exactly as written there");
            return Optional.empty();
        }
        return Optional.of(new SourceRef(file, series, period, url.get(), note));
    }

    /** Text of a key the schema has already checked (an integer period reads as its digits). */
    private static String text(YamlNode.Mapping map, String key) {
        return ((YamlNode.Scalar) map.get(key).orElseThrow()).text();
    }

    private static double number(YamlNode node) {
        return ((YamlNode.Scalar) node).doubleValue();
    }

    private static String resource(String path) {
        try (InputStream in = ParameterRegistry.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }
}
