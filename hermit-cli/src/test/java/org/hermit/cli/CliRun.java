package org.hermit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hermit.io.params.ParameterRegistry;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.SourceRef;
import picocli.CommandLine;

/** Runs the command line as Main does, with out and err captured and, optionally, a test registry. */
record CliRun(int status, String out, String err) {
    /** The rows test-params.yaml cites, with URLs, as the evidence index would resolve them. */
    static final Function<SourceRef, Optional<String>> RESOLVER = ref -> Optional.ofNullable(Map.of(
            "trade.csv|cn_coal_imports_from_dprk_t|2016", "https://example.org/coal-2016",
            "revenue.csv|crypto_theft.heist_bybit_laundering_loss|2025-03", "https://example.org/bybit-laundering")
            .get(ref.file() + "|" + ref.series() + "|" + ref.period()));

    static ParameterSpace testRegistry() {
        try (InputStream in = CliRun.class.getResourceAsStream("/org/hermit/cli/test-params.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ParameterRegistry.read(List.of(new ParameterRegistry.Text("test-params.yaml", text)), RESOLVER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs with the bundled registry. */
    static CliRun run(String... args) {
        return run(null, args);
    }

    /** Runs with the given registry in place of the bundled one (null keeps the bundled one). */
    static CliRun run(Supplier<ParameterSpace> registry, String... args) {
        CommandLine cl = Main.newCommandLine();
        if (registry != null) {
            ((ValidateCommand) cl.getSubcommands().get("validate").getCommand()).registry = registry;
            ((ParamsCommand) cl.getSubcommands().get("params").getCommand()).registry = registry;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
