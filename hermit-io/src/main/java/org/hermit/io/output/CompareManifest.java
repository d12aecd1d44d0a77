package org.hermit.io.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hermit.io.InputException;

/**
 * compare.json: the two scenarios compared (a is the reference, differences are b - a), where each one's
 * outputs and the differences are, and how the comparison was run.
 */
public record CompareManifest(String a, String b, String aDirectory, String bDirectory, String diffDirectory,
                              long seed, int runs, int threads, String version, String created, double totalSeconds,
                              List<String> files) {
    public static final String FILE = OutputFiles.COMPARE_JSON;

    public CompareManifest {
        files = List.copyOf(files);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public void write(Path file) {
        AtomicFiles.write(file, out -> mapper().writeValue(out, this));
    }

    /** Reads compare.json; a missing or malformed file is an {@link InputException} naming it. */
    public static CompareManifest read(Path file) {
        try {
            return mapper().readValue(file.toFile(), CompareManifest.class);
        } catch (IOException e) {
            throw InputException.of(file.toString(), 0, 0, "", "cannot read the comparison description: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
