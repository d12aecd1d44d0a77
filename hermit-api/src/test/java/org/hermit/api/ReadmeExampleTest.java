package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.hermit.engine.stats.AnnualQuantiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java example of the repository's README compiles exactly as printed, and does what its comments say when run
 * (with its run counts made small, so the test stays fast, and its output directory moved into a temporary one).
 */
class ReadmeExampleTest {
    @TempDir
    Path tmp;

    /** The README's code block under "From Java": its import lines, and the rest (statements). */
    record Example(List<String> imports, String body) {
        static Example fromReadme() throws Exception {
            Path readme = Path.of("..", "README.md");
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("## From Java.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(text);
            assertThat(m.find()).as("README.md has a java block under 'From Java'").isTrue();
            List<String> imports = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            for (String line : m.group(1).split("\n")) {
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.append("        ").append(line).append('\n');
                }
            }
            return new Example(imports, body.toString());
        }

        String source(String className, String body) {
            return String.join("\n", imports) + "\n\npublic class " + className + " {\n"
                    + "    public static Object[] run(String dir) {\n" + body
                    + "        return new Object[] {reservesP50, rice, run0, cut, again, r, c};\n    }\n}\n";
        }
    }

    private static Path compile(Path dir, String className, String source) throws Exception {
        Path src = dir.resolve(className + ".java");
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath, "-proc:none",
                src.toString());
        assertThat(status).as("javac on the README example:\n" + source).isZero();
        return classes;
    }

    @Test
    void theReadmeExampleCompilesAsWrittenAndRunsAsItsCommentsSay() throws Exception {
        Example example = Example.fromReadme();
        assertThat(example.body().lines().filter(l -> !l.isBlank()).count()).as("statements in the example")
                .isLessThanOrEqualTo(12);
        // As printed (statements in a method; the variable dir is unused).
        compile(Files.createDirectories(tmp.resolve("verbatim")), "ReadmeVerbatim", example.source("ReadmeVerbatim",
                example.body()));

        // Small: every .runs(N) becomes .runs(3), and "out/..." lies in the temporary directory.
        String small = example.body().replaceAll("\\.runs\\(\\d+\\)", ".runs(3)").replace("Path.of(\"out/",
                "Path.of(dir + \"/out/");
        assertThat(small).isNotEqualTo(example.body()).contains("dir + \"/out/cmp");
        Path classes = compile(Files.createDirectories(tmp.resolve("small")), "ReadmeSmall",
                example.source("ReadmeSmall", small));
        Object[] out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            out = (Object[]) loader.loadClass("ReadmeSmall").getMethod("run", String.class).invoke(null, tmp.toString());
        }
        double[] reservesP50 = (double[]) out[0];
        AnnualQuantiles rice = (AnnualQuantiles) out[1];
        double[] run0 = (double[]) out[2];
        double[] cut = (double[]) out[3];
        EnsembleResult again = (EnsembleResult) out[4];
        EnsembleResult r = (EnsembleResult) out[5];
        ComparisonResult c = (ComparisonResult) out[6];

        // The baseline runs 2010-01..2030-12: 252 months, 21 years.
        assertThat(r.runs()).isEqualTo(3);
        assertThat(reservesP50).hasSize(252);
        assertThat(java.util.Arrays.stream(reservesP50)).allMatch(v -> Double.isFinite(v) && v >= 0);
        assertThat(run0).hasSize(252);
        assertThat(java.util.Arrays.stream(run0)).allMatch(v -> v > 0);
        assertThat(rice.years()).isEqualTo(21);
        assertThat(rice.firstYear()).isEqualTo(2010);
        for (int y = 0; y < rice.years(); y++) {
            assertThat(rice.p5()[y]).isLessThanOrEqualTo(rice.p50()[y]);
            assertThat(rice.p50()[y]).isLessThanOrEqualTo(rice.p95()[y]);
        }
        // china-enforces differs from the baseline only from 2026: the paired difference is zero before, not after.
        assertThat(cut).hasSize(21);
        assertThat(cut[2025 - 2010]).isZero();
        assertThat(cut[2030 - 2010]).isNegative();
        assertThat(c.directory()).contains(tmp.resolve("out/cmp"));
        assertThat(tmp.resolve("out/cmp/baseline/series.csv")).isRegularFile();
        assertThat(tmp.resolve("out/cmp/china-enforces/hermit.duckdb")).isRegularFile();
        assertThat(tmp.resolve("out/cmp/diff/summary.csv")).isRegularFile();
        // Read back: the comparison's baseline arm, as written.
        assertThat(again.scenario()).isEqualTo("baseline");
        assertThat(again.runs()).isEqualTo(3);
        assertThat(again.seed()).isEqualTo(7);
        assertThat(again.annual("state_revenue_usd.total").p50())
                .containsExactly(c.a().annual("state_revenue_usd.total").p50());
    }
}
