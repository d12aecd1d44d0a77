package org.hermit.cli;

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
        })
public final class HermitCommand implements Runnable {
    @Mixin
    GlobalOptions options = new GlobalOptions();

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
