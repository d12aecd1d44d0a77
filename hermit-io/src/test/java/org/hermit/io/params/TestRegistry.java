package org.hermit.io.params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.SourceRef;

/** The test registry (test-params.yaml) and a resolver that knows just the rows it cites. */
public final class TestRegistry {
    public static final Map<String, String> ROWS = Map.of(
            "trade.csv|cn_coal_imports_from_dprk_t|2016", "https://example.org/coal-2016",
            "revenue.csv|crypto_theft.heist_bybit_laundering_loss|2025-03", "https://example.org/bybit-laundering");

    /** Looks a citation up in ROWS, as the evidence index does for the bundled rows. */
    public static final Function<SourceRef, Optional<String>> RESOLVER =
            ref -> Optional.ofNullable(ROWS.get(ref.file() + "|" + ref.series() + "|" + ref.period()));

    private TestRegistry() {}

    public static ParameterSpace space() {
        return ParameterRegistry.read(List.of(new ParameterRegistry.Text("test-params.yaml", text())), RESOLVER);
    }

    public static String text() {
        try (InputStream in = TestRegistry.class.getResourceAsStream("/org/hermit/io/params/test-params.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
