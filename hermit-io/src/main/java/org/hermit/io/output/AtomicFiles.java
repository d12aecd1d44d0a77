package org.hermit.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name and renames it into place, so a reader (or a sweep killed mid-write)
 * never sees half a file under the final name.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    interface PathWriter {
        void write(Path temporary);
    }

    static void write(Path target, Writer writer) {
        writeVia(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Lets writer fill a temporary path (for writers that open files themselves), then moves it into place. */
    static void writeVia(Path target, PathWriter writer) {
        Path tmp = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(tmp);
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // nothing left to do about a stray temporary file
            }
        }
    }
}
