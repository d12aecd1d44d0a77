package org.hermit.io.params;

import java.util.Optional;
import org.hermit.io.yaml.ProblemList;
import org.hermit.io.yaml.YamlNode;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;

/**
 * The distribution syntax shared by parameter files (prior) and scenarios (overrides): a plain number (fixed) or
 * exactly one of {fixed: x}, {uniform: {min, max}}, {triangular: {min, mode, max}}, {normal: {mean, sd}},
 * {lognormal: {median, sigma}}, {pert: {min, mode, max}}. The JSON Schemas check the shape; this reads the values
 * and reports what a shape cannot show (min above max, a mode outside its bounds).
 */
public final class DistributionSyntax {
    private DistributionSyntax() {}

    /**
     * The distribution written at node; empty when the node is malformed (the schema check reports that) or its
     * numbers are inconsistent (reported here, at the node).
     */
    public static Optional<Distribution> read(YamlNode node, ProblemList problems) {
        if (node instanceof YamlNode.Scalar s && s.isNumber()) {
            return build(node, problems, "fixed", s.doubleValue(), 0, 0);
        }
        if (!(node instanceof YamlNode.Mapping map) || map.entries().size() != 1) {
            return Optional.empty();
        }
        YamlNode.Entry only = map.entries().get(0);
        String kind = only.key();
        if ("fixed".equals(kind)) {
            return number(only.value()).isPresent()
                    ? build(node, problems, kind, number(only.value()).get(), 0, 0) : Optional.empty();
        }
        if (!(only.value() instanceof YamlNode.Mapping args)) {
            return Optional.empty();
        }
        return switch (kind) {
            case "uniform" -> two(node, problems, kind, args, "min", "max");
            case "normal" -> two(node, problems, kind, args, "mean", "sd");
            case "lognormal" -> two(node, problems, kind, args, "median", "sigma");
            case "triangular", "pert" -> {
                Optional<Double> min = number(args.get("min").orElse(null));
                Optional<Double> mode = number(args.get("mode").orElse(null));
                Optional<Double> max = number(args.get("max").orElse(null));
                yield min.isPresent() && mode.isPresent() && max.isPresent()
                        ? build(node, problems, kind, min.get(), mode.get(), max.get()) : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private static Optional<Distribution> two(YamlNode node, ProblemList problems, String kind, YamlNode.Mapping args,
                                              String first, String second) {
        Optional<Double> a = number(args.get(first).orElse(null));
        Optional<Double> b = number(args.get(second).orElse(null));
        return a.isPresent() && b.isPresent() ? build(node, problems, kind, a.get(), b.get(), 0) : Optional.empty();
    }

    private static Optional<Distribution> build(YamlNode node, ProblemList problems, String kind, double a, double b, double c) {
        try {
            Distribution d = switch (kind) {
                case "fixed" -> new Distribution.Fixed(a);
                case "uniform" -> new Distribution.Uniform(a, b);
                case "normal" -> new Distribution.Normal(a, b);
                case "lognormal" -> new Distribution.LogNormal(a, b);
                case "triangular" -> new Distribution.Triangular(a, b, c);
                case "pert" -> new Distribution.Pert(a, b, c);
                default -> throw new IllegalStateException("unknown distribution kind " + kind);
            };
            return Optional.of(d);
        } catch (IllegalArgumentException e) {
            problems.at(node, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Double> number(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNumber() ? Optional.of(s.doubleValue()) : Optional.empty();
    }

    /**
     * Why a value or distribution may not stand for a parameter, or empty when it may: every value it can take
     * must lie in the parameter's legal range [min, max].
     */
    public static Optional<String> outsideRange(Distribution d, ParameterDef def) {
        String range = NumberText.range(def.min(), def.max()) + (def.unit().isEmpty() ? "" : " " + def.unit());
        if (d instanceof Distribution.Fixed f) {
            return f.value() < def.min() || f.value() > def.max()
                    ? Optional.of("expected a value in " + range + " for " + def.id() + ", got " + NumberText.format(f.value()))
                    : Optional.empty();
        }
        if (d.lower() >= def.min() && d.upper() <= def.max()) {
            return Optional.empty();
        }
        if (Double.isInfinite(d.lower()) || Double.isInfinite(d.upper())) {
            return Optional.of(d.describe() + " is unbounded but " + def.id() + " must stay in " + range
                    + "; use uniform, triangular or pert within that range");
        }
        return Optional.of(d.describe() + " reaches outside the legal range " + range + " of " + def.id());
    }
}
