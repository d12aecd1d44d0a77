package org.hermit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version, recorded with every run so that results can be traced to the code that made them. */
public final class HermitVersion {
    private static final String VERSION = load();

    private HermitVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = HermitVersion.class.getResourceAsStream("/org/hermit/io/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource org/hermit/io/version.properties");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
