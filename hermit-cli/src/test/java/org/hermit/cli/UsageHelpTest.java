package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's --help renders cleanly: picocli formats description, header and footer texts with String.format,
 * so a bare '%' (as in "90% range") makes it print a warning on stderr and show the raw text; an escaped "%%" or a
 * "%n" left unreplaced would show through as well.
 */
class UsageHelpTest {

    /** The root command and every subcommand, by qualified name. */
    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        collect(Main.newCommandLine(), names);
        return names.stream();
    }

    private static void collect(CommandLine cl, List<String> names) {
        names.add(cl.getCommandSpec().qualifiedName());
        cl.getSubcommands().values().forEach(sub -> collect(sub, names));
    }

    private static CommandLine find(String qualifiedName) {
        CommandLine cl = Main.newCommandLine();
        for (String word : qualifiedName.split(" ")) {
            if (!word.equals(cl.getCommandName())) {
                cl = cl.getSubcommands().get(word);
            }
        }
        return cl;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void usageHelpRendersWithoutAPicocliWarningOrAnUnreplacedFormat(String command) {
        CommandLine cl = find(command);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        String usage;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("stderr while rendering '%s --help'", command)
                .doesNotContain("picocli").isEmpty();
        assertThat(usage).as("'%s --help'", command).startsWith("Usage: " + command)
                .doesNotContain("%n").doesNotContain("%%").doesNotContain("${");
    }

    @Test
    void everyCommandOfTheReadmeHasItsHelp() {
        assertThat(commands()).contains("hermit", "hermit run", "hermit compare", "hermit validate", "hermit params",
                "hermit data", "hermit report", "hermit validate-history", "hermit calibrate", "hermit backtest",
                "hermit sensitivity", "hermit bench");
    }

    @Test
    void helpGoesToStdoutWithExitStatusZero() {
        commands().forEach(command -> {
            List<String> args = new ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
            args.add("--help");
            CliRun r = CliRun.run(args.toArray(String[]::new));
            assertThat(r.status()).as(command).isEqualTo(Main.EXIT_OK);
            assertThat(r.out()).as(command).startsWith("Usage: " + command);
            assertThat(r.err()).as(command).isEmpty();
        });
    }
}
