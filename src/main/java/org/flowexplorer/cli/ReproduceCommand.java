package org.flowexplorer.cli;

import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Experiments;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code reproduce NAME}: the paper figures and tables, headless. The subcommands are built from
 * the core's experiment definitions ({@link Experiments#all()}), so each experiment's options are
 * its declared settings and every one runs through the same {@link ExperimentCommand}.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, modelTransformer = ReproduceCommand.Subcommands.class,
        description = "Reproduce the papers' tables and figures headless (see the subcommands).")
final class ReproduceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Adds one subcommand per experiment definition. */
    static final class Subcommands implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec reproduce) {
            for (ExperimentDefinition d : Experiments.all()) {
                reproduce.addSubcommand(d.name(), ExperimentCommand.spec(d));
            }
            return reproduce;
        }
    }
}
