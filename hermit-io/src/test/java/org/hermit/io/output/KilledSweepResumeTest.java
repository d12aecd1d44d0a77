package org.hermit.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hermit.io.output.SweepFixtures.bytes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a sweep in a child process is killed with SIGKILL (no shutdown hook, no flush) after some of
 * its runs are committed and while more are being appended, then resumed; the result must equal an uninterrupted sweep's, every run once.
 */
class KilledSweepResumeTest {
    static final int RUNS = 300;
    static final long SEED = 2024;

    @TempDir
    Path tmp;

    @Test
    void aSweepKilledInTheMiddleResumesToExactlyTheUninterruptedResult() throws Exception {
        Path killed = tmp.resolve("killed");
        Process child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                SweepChild.class.getName(), killed.toString(), Integer.toString(RUNS), Long.toString(SEED), "2", "20")
                .redirectErrorStream(true).start();
        int committedWhenKilled = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committedWhenKilled = Integer.parseInt(line.substring("committed ".length()));
                    break;
                }
                if (line.equals("done")) {
                    break;
                }
            }
            // Kill while the next transaction is under way: its runs are appended but not committed.
            Thread.sleep(150);
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committedWhenKilled).as("the child committed some runs and not all before it was killed")
                .isBetween(1, RUNS - 1);
        assertThat(killed.resolve("run.json")).doesNotExist();
        int storedAfterKill = storedRuns(killed);
        assertThat(storedAfterKill).as("runs appended after the last commit are lost, whole").isEqualTo(committedWhenKilled);

        SweepOutcome resumed = EnsembleSweep.run(SweepFixtures.input("walk"), killed,
                SweepOptions.of(RUNS, SEED).withThreads(2).withResume(true));
        assertThat(resumed.manifest().timings().runsResumed()).isEqualTo(storedAfterKill);
        assertThat(resumed.manifest().timings().runsComputed()).isEqualTo(RUNS - storedAfterKill);

        Path whole = tmp.resolve("whole");
        EnsembleSweep.run(SweepFixtures.input("walk"), whole, SweepOptions.of(RUNS, SEED).withThreads(1));
        for (String f : List.of(OutputFiles.SERIES_CSV, OutputFiles.SERIES_PARQUET, OutputFiles.SUMMARY_CSV, OutputFiles.QUANTILES_CSV)) {
            assertThat(bytes(killed.resolve(f))).as(f).isEqualTo(bytes(whole.resolve(f)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + killed.resolve(OutputFiles.DATABASE));
             Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) = " + RUNS + " AND count(DISTINCT run) = " + RUNS + " AND min(run) = 0 AND max(run) = "
                    + (RUNS - 1) + " FROM runs")).isEqualTo("true");
            // Every stored value equals the uninterrupted sweep's.
            s.execute("ATTACH '" + whole.resolve(OutputFiles.DATABASE) + "' AS whole (READ_ONLY)");
            assertThat(single(s, "SELECT count(*) FROM (SELECT * FROM series_wide EXCEPT ALL SELECT * FROM whole.series_wide)")).isEqualTo("0");
            assertThat(single(s, "SELECT count(*) FROM (SELECT * FROM runs EXCEPT ALL SELECT * FROM whole.runs)")).isEqualTo("0");
            assertThat(single(s, "SELECT count(*) FROM series_wide")).isEqualTo(Long.toString(RUNS * 24L));
        }
    }

    static int storedRuns(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(OutputFiles.DATABASE));
             Statement s = c.createStatement()) {
            return Integer.parseInt(single(s, "SELECT count(*) FROM runs"));
        }
    }

    static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String javaExecutable() throws IOException {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
