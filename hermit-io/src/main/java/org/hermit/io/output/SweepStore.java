package org.hermit.io.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.hermit.engine.ParameterSampler.ParameterUse;
import org.hermit.engine.stats.AnnualQuantiles;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.engine.stats.MonthlyQuantiles;
import org.hermit.io.InputException;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.param.SourceRef;
import org.hermit.model.time.Months;

/**
 * A sweep's DuckDB database, hermit.duckdb. Finished runs are appended as they arrive and committed in
 * transactions of many runs, so a sweep killed at any moment leaves whole runs only, each once (the runs table's
 * primary key refuses a second copy), and {@code --resume} can continue it.
 *
 * <p>Storage: a run's series go into {@code series_wide}, one row per run and month with one DOUBLE column per
 * output variable (named by the variable's id), which DuckDB appends, compresses and scans far faster than one
 * row per value; the view {@code series} unpivots it into the tidy {@code run, date, variable, value} form. The
 * table {@code runs} has one row per run (run, seed, run_seed, scenario, scenario_hash, version, then one DOUBLE
 * column per parameter, named by its id, holding the value drawn). {@code variables}, {@code parameters} and
 * {@code sweep} describe the outputs, how each parameter was drawn with its sources, and the sweep itself;
 * {@code quantiles} and {@code summary} hold the ensemble statistics once the sweep is complete.
 *
 * <p>Not thread-safe: one thread (the ensemble's sink) uses it.
 */
final class SweepStore implements AutoCloseable {
    /** Commit at least this often (seconds) and after this many runs, whichever comes first. */
    static final long COMMIT_NANOS = 1_000_000_000L;
    static final int COMMIT_RUNS = 256;
    private static final Set<String> RUN_COLUMNS = Set.of("run", "seed", "run_seed", "scenario", "scenario_hash", "version");

    private final Path file;
    private final DuckDBConnection connection;
    private final SweepIdentity identity;
    private final int months;
    private final LocalDate[] dates;
    private DuckDBAppender runsAppender;
    private DuckDBAppender seriesAppender;
    private boolean inTransaction;
    private int pendingRuns;
    private long transactionStart;

    private SweepStore(Path file, DuckDBConnection connection, SweepIdentity identity) {
        this.file = file;
        this.connection = connection;
        this.identity = identity;
        this.months = identity.endMonth() - identity.startMonth() + 1;
        this.dates = new LocalDate[months];
        for (int t = 0; t < months; t++) {
            dates[t] = Months.toYearMonth(identity.startMonth() + t).atDay(1);
        }
    }

    /** A new, empty database for this sweep, replacing any file of that name. */
    static SweepStore create(Path file, SweepIdentity identity, List<ParameterUse> uses, String created) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(walOf(file));
            SweepStore store = new SweepStore(file, connect(file), identity);
            store.createSchema(uses, created);
            store.openAppenders();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + file + ": " + firstLine(e), e);
        }
    }

    /**
     * Opens the database of an interrupted sweep to continue it; a sweep that never started (no file) starts
     * afresh. The stored sweep must be this one: another scenario, seed, number of runs, version or parameter
     * set is bad input (continuing it would mix two sweeps).
     */
    static SweepStore resume(Path file, SweepIdentity identity, List<ParameterUse> uses, String created) {
        if (!Files.exists(file)) {
            return create(file, identity, uses, created);
        }
        DuckDBConnection c;
        try {
            c = connect(file);
        } catch (SQLException e) {
            throw InputException.of(file.toString(), 0, 0, "", "cannot open the sweep to resume: " + firstLine(e));
        }
        SweepStore store = new SweepStore(file, c, identity);
        try {
            store.checkSameSweep();
            store.openAppenders();
            return store;
        } catch (SQLException e) {
            store.closeQuietly();
            throw InputException.of(file.toString(), 0, 0, "", "not a Hermit sweep database: " + firstLine(e));
        } catch (RuntimeException e) {
            store.closeQuietly();
            throw e;
        }
    }

    /**
     * The paired differences of a comparison, as a database of their own: file gets {@code series_wide} holding b - a
     * of every run, month and variable (with the {@code series} view over it), {@code variables}, {@code runs} (run,
     * seed, run seed, both scenarios and their content hashes, version) and empty {@code quantiles} and
     * {@code summary} tables for {@link #writeStatistics}. Both arms' databases must be complete and closed.
     */
    static SweepStore difference(Path file, Path a, Path b, SweepIdentity identity) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(walOf(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file + ": " + e.getMessage(), e);
        }
        SweepStore store = null;
        try {
            store = new SweepStore(file, connect(file), identity);
            store.execute("ATTACH " + literal(a.toAbsolutePath().toString()) + " AS arm_a (READ_ONLY)");
            store.execute("ATTACH " + literal(b.toAbsolutePath().toString()) + " AS arm_b (READ_ONLY)");
            store.execute("CREATE TABLE variables AS SELECT * FROM arm_a.variables ORDER BY idx");
            store.execute("CREATE TABLE runs AS SELECT x.run, x.seed, x.run_seed, x.scenario AS scenario_a,"
                    + " y.scenario AS scenario_b, x.scenario_hash AS scenario_hash_a, y.scenario_hash AS scenario_hash_b,"
                    + " x.version FROM arm_a.runs x JOIN arm_b.runs y ON x.run = y.run ORDER BY x.run");
            StringBuilder wide = new StringBuilder("CREATE TABLE series_wide AS SELECT x.run, x.date");
            for (Variable v : Variables.all()) {
                String col = quote(v.id());
                wide.append(", y.").append(col).append(" - x.").append(col).append(" AS ").append(col);
            }
            wide.append(" FROM arm_a.series_wide x JOIN arm_b.series_wide y ON x.run = y.run AND x.date = y.date"
                    + " ORDER BY x.run, x.date");
            store.execute(wide.toString());
            store.execute("DETACH arm_a");
            store.execute("DETACH arm_b");
            store.execute("CREATE VIEW series AS SELECT run, date, variable, value FROM"
                    + " (UNPIVOT series_wide ON COLUMNS(* EXCLUDE (run, date)) INTO NAME variable VALUE value)");
            store.execute("CREATE TABLE quantiles (variable VARCHAR, date DATE, p5 DOUBLE, p25 DOUBLE, p50 DOUBLE, p75 DOUBLE, p95 DOUBLE)");
            store.execute("CREATE TABLE summary (variable VARCHAR, year INTEGER, p5 DOUBLE, p50 DOUBLE, p95 DOUBLE)");
            return store;
        } catch (SQLException e) {
            if (store != null) {
                store.closeQuietly();
            }
            throw new IllegalStateException("cannot write the differences into " + file + ": " + firstLine(e), e);
        }
    }

    private static DuckDBConnection connect(Path file) throws SQLException {
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            // Checkpoint (rewrite the table compressed) rarely: a checkpoint per commit makes appends several times slower.
            s.execute("SET checkpoint_threshold = '512MB'");
        }
        return c;
    }

    static Path walOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }

    private void createSchema(List<ParameterUse> uses, String created) throws SQLException {
        for (ParameterUse u : uses) {
            if (RUN_COLUMNS.contains(u.def().id())) {
                throw new IllegalArgumentException("parameter id '" + u.def().id() + "' clashes with a column of the runs table");
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE sweep (scenario VARCHAR, origin VARCHAR, scenario_hash VARCHAR, seed BIGINT, runs INTEGER,"
                    + " start_month VARCHAR, end_month VARCHAR, version VARCHAR, parameters_fingerprint VARCHAR,"
                    + " created VARCHAR, completed BOOLEAN)");
            s.execute("CREATE TABLE variables (idx INTEGER PRIMARY KEY, id VARCHAR, unit VARCHAR, annual VARCHAR, description VARCHAR)");
            s.execute("CREATE TABLE parameters (idx INTEGER PRIMARY KEY, id VARCHAR, unit VARCHAR, description VARCHAR,"
                    + " central DOUBLE, min DOUBLE, max DOUBLE, distribution VARCHAR, origin VARCHAR, sources VARCHAR, assumption VARCHAR)");
            StringBuilder runs = new StringBuilder("CREATE TABLE runs (run INTEGER PRIMARY KEY, seed BIGINT, run_seed BIGINT,"
                    + " scenario VARCHAR, scenario_hash VARCHAR, version VARCHAR");
            for (ParameterUse u : uses) {
                runs.append(", ").append(quote(u.def().id())).append(" DOUBLE");
            }
            s.execute(runs.append(')').toString());
            StringBuilder wide = new StringBuilder("CREATE TABLE series_wide (run INTEGER, date DATE");
            for (Variable v : Variables.all()) {
                wide.append(", ").append(quote(v.id())).append(" DOUBLE");
            }
            s.execute(wide.append(')').toString());
            s.execute("CREATE VIEW series AS SELECT run, date, variable, value FROM"
                    + " (UNPIVOT series_wide ON COLUMNS(* EXCLUDE (run, date)) INTO NAME variable VALUE value)");
            s.execute("CREATE TABLE quantiles (variable VARCHAR, date DATE, p5 DOUBLE, p25 DOUBLE, p50 DOUBLE, p75 DOUBLE, p95 DOUBLE)");
            s.execute("CREATE TABLE summary (variable VARCHAR, year INTEGER, p5 DOUBLE, p50 DOUBLE, p95 DOUBLE)");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO sweep VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")) {
            p.setString(1, identity.scenario());
            p.setString(2, identity.origin());
            p.setString(3, identity.scenarioHash());
            p.setLong(4, identity.seed());
            p.setInt(5, identity.runs());
            p.setString(6, Months.format(identity.startMonth()));
            p.setString(7, Months.format(identity.endMonth()));
            p.setString(8, identity.version());
            p.setString(9, identity.parameters());
            p.setString(10, created);
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO variables VALUES (?, ?, ?, ?, ?)")) {
            for (Variable v : Variables.all()) {
                p.setInt(1, v.index());
                p.setString(2, v.id());
                p.setString(3, v.unit());
                p.setString(4, v.annual().name().toLowerCase(java.util.Locale.ROOT));
                p.setString(5, v.description());
                p.addBatch();
            }
            p.executeBatch();
        }
        ObjectMapper json = new ObjectMapper();
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO parameters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ParameterUse u : uses) {
                p.setInt(1, i++);
                p.setString(2, u.def().id());
                p.setString(3, u.def().unit());
                p.setString(4, u.def().description());
                p.setDouble(5, u.def().central());
                p.setDouble(6, u.def().min());
                p.setDouble(7, u.def().max());
                p.setString(8, u.describe());
                p.setString(9, u.origin().id());
                p.setString(10, sourcesJson(json, u.def().sources()));
                p.setString(11, u.def().assumption());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static String sourcesJson(ObjectMapper json, List<SourceRef> sources) {
        ArrayNode a = json.createArrayNode();
        for (SourceRef s : sources) {
            ObjectNode o = a.addObject();
            o.put("file", s.file());
            o.put("series", s.series());
            o.put("period", s.period());
            o.put("url", s.url());
            o.put("note", s.note());
        }
        return a.toString();
    }

    private void checkSameSweep() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT scenario, origin, scenario_hash, seed, runs, start_month, end_month,"
                     + " version, parameters_fingerprint FROM sweep")) {
            if (!rs.next()) {
                throw InputException.of(file.toString(), 0, 0, "", "the sweep database has no sweep record; run without --resume to start over");
            }
            List<String> differences = new ArrayList<>();
            differ(differences, "scenario", rs.getString(1), identity.scenario());
            differ(differences, "scenario content hash", rs.getString(3), identity.scenarioHash());
            differ(differences, "seed", Long.toString(rs.getLong(4)), Long.toString(identity.seed()));
            differ(differences, "runs", Integer.toString(rs.getInt(5)), Integer.toString(identity.runs()));
            differ(differences, "start month", rs.getString(6), Months.format(identity.startMonth()));
            differ(differences, "end month", rs.getString(7), Months.format(identity.endMonth()));
            differ(differences, "Hermit version", rs.getString(8), identity.version());
            if (!rs.getString(9).equals(identity.parameters())) {
                differences.add("the parameters are drawn differently or the outputs differ (registry, overrides, posterior"
                        + " or Hermit's build changed)");
            }
            if (!differences.isEmpty()) {
                throw InputException.of(file.toString(), 0, 0, "", "cannot resume: this is another sweep: "
                        + String.join("; ", differences) + ". Run without --resume to start over.");
            }
        }
    }

    private static void differ(List<String> out, String what, String stored, String wanted) {
        if (!stored.equals(wanted)) {
            out.add(what + " is " + stored + " there, " + wanted + " here");
        }
    }

    private void openAppenders() throws SQLException {
        runsAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "runs");
        seriesAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "series_wide");
    }

    /** The runs stored so far. Checks that each has all its months. */
    BitSet storedRuns() {
        BitSet stored = new BitSet();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT run FROM runs")) {
                while (rs.next()) {
                    int run = rs.getInt(1);
                    if (run < 0 || run >= identity.runs()) {
                        throw new IllegalStateException(file + " holds run " + run + ", outside 0.." + (identity.runs() - 1));
                    }
                    stored.set(run);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT run) FROM series_wide")) {
                rs.next();
                if (rs.getLong(1) != (long) stored.cardinality() * months || rs.getLong(2) != stored.cardinality()) {
                    throw new IllegalStateException(file + " is damaged: " + stored.cardinality() + " runs but "
                            + rs.getLong(1) + " rows of series");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + file + ": " + firstLine(e), e);
        }
        return stored;
    }

    /** Appends one finished run (within the current transaction; see {@link #commitIfDue()}). */
    void append(int run, long runSeed, ParameterValues params, SeriesBuffer series) {
        try {
            begin();
            runsAppender.beginRow().append(run).append(identity.seed()).append(runSeed).append(identity.scenario())
                    .append(identity.scenarioHash()).append(identity.version());
            for (int i = 0; i < params.size(); i++) {
                runsAppender.append(params.get(i));
            }
            runsAppender.endRow();
            for (int t = 0; t < months; t++) {
                seriesAppender.beginRow().append(run).append(dates[t]);
                for (int v = 0; v < Variables.COUNT; v++) {
                    seriesAppender.append(series.get(v, t));
                }
                seriesAppender.endRow();
            }
            pendingRuns++;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store run " + run + " in " + file + ": " + firstLine(e), e);
        }
    }

    /** Commits when enough runs or time have gone by since the last commit; true if it did. */
    boolean commitIfDue() {
        if (inTransaction && (pendingRuns >= COMMIT_RUNS || System.nanoTime() - transactionStart >= COMMIT_NANOS)) {
            commit();
            return true;
        }
        return false;
    }

    /** Makes every appended run durable. */
    void commit() {
        if (!inTransaction) {
            return;
        }
        try {
            runsAppender.flush();
            seriesAppender.flush();
            execute("COMMIT");
            inTransaction = false;
            pendingRuns = 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot commit runs to " + file + ": " + firstLine(e), e);
        }
    }

    private void begin() throws SQLException {
        if (!inTransaction) {
            // An explicit transaction: the appenders' rows become durable at COMMIT and not before.
            execute("BEGIN TRANSACTION");
            inTransaction = true;
            transactionStart = System.nanoTime();
        }
    }

    /** Receives stored runs read back for replay. The buffer is reused between calls. */
    interface StoredRunConsumer {
        void accept(int run, SeriesBuffer series);
    }

    /** Reads the stored runs with index in [from, to) back, in run order, exactly as they were appended. */
    void replay(int from, int to, StoredRunConsumer consumer) {
        if (from >= to) {
            return;
        }
        StringBuilder q = new StringBuilder("SELECT run, year(date) * 12 + month(date) - 1");
        for (Variable v : Variables.all()) {
            q.append(", ").append(quote(v.id()));
        }
        q.append(" FROM series_wide WHERE run >= ? AND run < ? ORDER BY run, date");
        SeriesBuffer buffer = new SeriesBuffer(months);
        try (PreparedStatement p = connection.prepareStatement(q.toString())) {
            p.setInt(1, from);
            p.setInt(2, to);
            try (ResultSet rs = p.executeQuery()) {
                int current = -1;
                int rows = 0;
                while (rs.next()) {
                    int run = rs.getInt(1);
                    if (run != current) {
                        if (current >= 0) {
                            deliver(consumer, current, rows, buffer);
                        }
                        current = run;
                        rows = 0;
                    }
                    int t = rs.getInt(2) - identity.startMonth();
                    for (int v = 0; v < Variables.COUNT; v++) {
                        buffer.set(v, t, rs.getDouble(3 + v));
                    }
                    rows++;
                }
                if (current >= 0) {
                    deliver(consumer, current, rows, buffer);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read stored runs from " + file + ": " + firstLine(e), e);
        }
    }

    private void deliver(StoredRunConsumer consumer, int run, int rows, SeriesBuffer buffer) {
        if (rows != months) {
            throw new IllegalStateException(file + " is damaged: run " + run + " has " + rows + " months of " + months);
        }
        consumer.accept(run, buffer);
    }

    /** Replaces the quantiles and summary tables with the ensemble's statistics. */
    void writeStatistics(EnsembleSummary summary) {
        try {
            commit();
            execute("BEGIN TRANSACTION");
            execute("DELETE FROM quantiles");
            execute("DELETE FROM summary");
            try (DuckDBAppender q = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quantiles")) {
                for (MonthlyQuantiles m : summary.monthly()) {
                    for (int t = 0; t < m.months(); t++) {
                        q.beginRow().append(m.variable().id()).append(Months.toYearMonth(m.startMonth() + t).atDay(1))
                                .append(m.p5()[t]).append(m.p25()[t]).append(m.p50()[t]).append(m.p75()[t]).append(m.p95()[t])
                                .endRow();
                    }
                }
            }
            try (DuckDBAppender s = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "summary")) {
                for (AnnualQuantiles a : summary.annual()) {
                    for (int y = 0; y < a.years(); y++) {
                        s.beginRow().append(a.variable().id()).append(a.firstYear() + y)
                                .append(a.p5()[y]).append(a.p50()[y]).append(a.p95()[y]).endRow();
                    }
                }
            }
            execute("COMMIT");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write statistics to " + file + ": " + firstLine(e), e);
        }
    }

    /** The tidy series of runs below seriesRuns (all runs if negative) as Parquet, in run, date, variable order. */
    void exportParquet(Path target, int seriesRuns) {
        commit();
        String limit = seriesRuns < 0 ? "" : " WHERE s.run < " + seriesRuns;
        String sql = "COPY (SELECT s.run, s.date, s.variable, s.value FROM series s JOIN variables v ON v.id = s.variable"
                + limit + " ORDER BY s.run, s.date, v.idx) TO " + literal(target.toAbsolutePath().toString())
                + " (FORMAT PARQUET, COMPRESSION ZSTD)";
        try {
            execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + target + ": " + firstLine(e), e);
        }
    }

    /**
     * The tidy series of runs below seriesRuns (all runs if negative) as CSV, {@code run,date,variable,value}, in
     * run, date, variable order, numbers as {@link NumberText} writes them.
     */
    void exportCsv(Path target, int seriesRuns) {
        commit();
        StringBuilder q = new StringBuilder("SELECT run, year(date) * 12 + month(date) - 1");
        for (Variable v : Variables.all()) {
            q.append(", ").append(quote(v.id()));
        }
        q.append(" FROM series_wide").append(seriesRuns < 0 ? "" : " WHERE run < " + seriesRuns).append(" ORDER BY run, date");
        String[] prefix = new String[Variables.COUNT];
        String[] dateText = new String[months];
        for (int t = 0; t < months; t++) {
            dateText[t] = dates[t].toString();
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(q.toString());
             BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("run,date,variable,value\n");
            StringBuilder line = new StringBuilder(128);
            while (rs.next()) {
                String run = Integer.toString(rs.getInt(1));
                String date = dateText[rs.getInt(2) - identity.startMonth()];
                for (int v = 0; v < Variables.COUNT; v++) {
                    if (prefix[v] == null) {
                        prefix[v] = "," + Variables.get(v).id() + ",";
                    }
                    line.setLength(0);
                    line.append(run).append(',').append(date).append(prefix[v]);
                    NumberText.append(line, rs.getDouble(3 + v)).append('\n');
                    out.append(line);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read series from " + file + ": " + firstLine(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Records that every run is stored and every output written. */
    void markComplete() {
        try {
            commit();
            execute("UPDATE sweep SET completed = true");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update " + file + ": " + firstLine(e), e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            commit();
            if (runsAppender != null) {
                runsAppender.close();
            }
            if (seriesAppender != null) {
                seriesAppender.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close " + file + ": " + firstLine(e), e);
        }
    }

    /** Closes without committing (after a failure that already says what went wrong). */
    void closeQuietly() {
        try {
            if (runsAppender != null) {
                runsAppender.close();
            }
            if (seriesAppender != null) {
                seriesAppender.close();
            }
        } catch (SQLException | RuntimeException e) {
            // already failing; the first error is the one to report
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // as above
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
