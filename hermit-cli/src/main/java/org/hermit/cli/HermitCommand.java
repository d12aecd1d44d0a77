package org.hermit.cli;

import java.util.function.Supplier;
import org.hermit.api.Hermit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top-level command; each capability is a subcommand in its own class. */
@Command(name = "hermit",
        mixinStandardHelpOptions = true,
        version = "hermit 0.1.0",
        description = "Simulates how the DPRK economy funds itself under sanctions, month by month, with its uncertainty and sources.",
        subcommands = {
                DataCommand.class,
                ValidateCommand.class,
                ParamsCommand.class,
                ReportCommand.class,
                RunCommand.class,
                CompareCommand.class,
                SensitivityCommand.class,
                CalibrateCommand.class,
                BacktestCommand.class,
                ValidateHistoryCommand.class,
                BenchCommand.class,
        })
public final class HermitCommand implements Runnable {
    @Mixin
    GlobalOptions options = new GlobalOptions();

    private final Supplier<Hermit> hermit;
    private Hermit loaded;

    /** Hermit with its bundled data, loaded when a command first needs it. */
    public HermitCommand() {
        this(Hermit::withBundledData);
    }

    /** Commands run on the Hermit this supplier gives (tests give their own). */
    public HermitCommand(Supplier<Hermit> hermit) {
        this.hermit = hermit;
    }

    /** The Hermit the commands use, loaded once. */
    public Hermit hermit() {
        if (loaded == null) {
            loaded = hermit.get();
        }
        return loaded;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public GlobalOptions options() {
        return options;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
