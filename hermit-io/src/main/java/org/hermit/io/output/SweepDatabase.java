package org.hermit.io.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.hermit.io.InputException;
import org.hermit.model.output.Variables;

/** Reads a finished sweep's hermit.duckdb (read-only): one run's series of one variable. */
public final class SweepDatabase {
    private SweepDatabase() {}

    /**
     * The monthly values of variableId in run, in month order, NaN in the months the variable is undefined (NULL in
     * the database). Unknown variables and runs not stored are an
     * IllegalArgumentException naming them; a missing or unreadable database an {@link InputException}.
     */
    public static double[] series(Path database, int run, String variableId) {
        if (Variables.byId(variableId).isEmpty()) {
            throw new IllegalArgumentException("unknown output variable '" + variableId + "'");
        }
        if (!Files.isRegularFile(database)) {
            throw InputException.of(database.toString(), 0, 0, "", "no such sweep database");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), readOnly);
             PreparedStatement p = c.prepareStatement("SELECT " + SweepStore.quote(variableId)
                     + " FROM series_wide WHERE run = ? ORDER BY date")) {
            p.setInt(1, run);
            try (ResultSet rs = p.executeQuery()) {
                double[] values = new double[16];
                int n = 0;
                while (rs.next()) {
                    if (n == values.length) {
                        values = java.util.Arrays.copyOf(values, 2 * n);
                    }
                    double x = rs.getDouble(1);
                    values[n++] = rs.wasNull() ? Double.NaN : x;
                }
                if (n == 0) {
                    throw new IllegalArgumentException("run " + run + " is not stored in " + database);
                }
                return java.util.Arrays.copyOf(values, n);
            }
        } catch (SQLException e) {
            throw InputException.of(database.toString(), 0, 0, "", "cannot read the sweep database: " + SweepStore.firstLine(e));
        }
    }
}
