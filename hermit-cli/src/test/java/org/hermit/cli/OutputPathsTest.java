package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An --out that cannot be written is bad input, reported in one line before any work is done. */
class OutputPathsTest {
    @TempDir
    Path tmp;

    /** A path below a regular file: no directory can be made there. */
    private Path underAFile() throws Exception {
        return Files.writeString(tmp.resolve("a-file"), "x").resolve("sub");
    }

    @Test
    void everyCommandThatWritesADirectoryRejectsAnUnwritableOutBeforeRunning() throws Exception {
        String out = underAFile().toString();
        String[][] commands = {
            {"run", "--runs", "2", "--out", out},
            {"compare", "baseline", "china-enforces", "--runs", "2", "--out", out},
            {"sensitivity", "--output", "reserves_usd@2030", "--method", "morris", "--n", "2", "--out", out},
            {"validate-history", "--runs", "2", "--out", out},
            {"backtest", "--cutoff", "2019-12", "--runs", "2", "--no-fit", "--out", out},
            {"calibrate", "--cutoff", "2012-12", "--budget", "500", "--out", out + "/posterior.csv"},
        };
        for (String[] args : commands) {
            CliRun r = CliRun.run(args);
            assertThat(r.status()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.errLines()).as(args[0]).hasSize(2);
            assertThat(r.errLines().get(0)).as(args[0]).startsWith(out).contains("cannot create the --out directory: ");
            assertThat(r.err()).as(args[0]).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("runs in");
            assertThat(r.out()).as(args[0]).isEmpty();
        }
    }

    @Test
    void aFileWhereADirectoryIsExpectedAndADirectoryWhereAFileIsExpectedAreNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        CliRun run = CliRun.run("run", "--runs", "2", "--out", file.toString());
        assertThat(run.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.errLines().get(0)).isEqualTo(file + ": --out must be a directory, and this is a file");
        CliRun calibrate = CliRun.run("calibrate", "--cutoff", "2012-12", "--budget", "500", "--out", tmp.toString());
        assertThat(calibrate.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(calibrate.errLines().get(0)).isEqualTo(tmp + ": --out must be a file, and this is a directory");
    }
}
