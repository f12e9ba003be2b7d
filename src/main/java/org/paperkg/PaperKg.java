package org.paperkg;

import org.paperkg.cli.BenchCommand;
import org.paperkg.cli.BuildCommand;
import org.paperkg.cli.DemoCommand;
import org.paperkg.cli.EvalCommand;
import org.paperkg.cli.ExportCommand;
import org.paperkg.cli.LoadCommand;
import org.paperkg.cli.PushCommand;
import org.paperkg.cli.QueryCommand;
import org.paperkg.cli.ServeCommand;
import org.paperkg.cli.SparkCommand;
import org.paperkg.cli.StatsCommand;
import org.paperkg.cli.TrainNerCommand;
import org.paperkg.cli.ValidateCommand;
import org.paperkg.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code paperkg} command: builds a knowledge graph of ML research from paper abstracts and
 * serves, queries and exports it. Each subcommand lives in {@code org.paperkg.cli}.
 */
@Command(name = "paperkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds, serves, queries and exports a knowledge graph of ML research abstracts.",
        subcommands = {
            DemoCommand.class,
            BuildCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            ExportCommand.class,
            QueryCommand.class,
            ServeCommand.class,
            SparkCommand.class,
            LoadCommand.class,
            PushCommand.class,
            StatsCommand.class,
            TrainNerCommand.class,
            ValidateCommand.class,
            CommandLine.HelpCommand.class})
public final class PaperKg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with every subcommand; tests call this and capture its output. */
    public static CommandLine commandLine() {
        return new CommandLine(new PaperKg()).setExecutionExceptionHandler(new org.paperkg.cli.CliErrors());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
