package org.flowexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.experiment.PaperCondition;
import org.flowexplorer.core.experiment.TableExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reproduce}: the paper figures and tables, headless. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Reproduce the papers' tables and figures headless (see the subcommands).",
        subcommands = {ReproduceCommand.Table25.class, ReproduceCommand.Table30.class, ReproduceSwissRoll.class,
            ReproduceNnHistogram.class, ReproduceModel50.class, ReproduceCurlLangevin.class,
            ReproduceDiffFlowMarginals.class})
final class ReproduceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class TableBase implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
        Path out;

        @Option(names = "--seeds", defaultValue = "2", paramLabel = "S",
                description = "Seeds per condition (0..S-1). Default: ${DEFAULT-VALUE} (chosen so the defaults finish "
                        + "in under 10 minutes on 2 cores).")
        int seeds;

        @Option(names = "--steps", defaultValue = "1000", paramLabel = "T",
                description = "Steps per run; the schedule spans them. Default: ${DEFAULT-VALUE}.")
        int steps;

        @Option(names = "--particles", defaultValue = "1000", paramLabel = "N",
                description = "N = M particles and targets. Default: ${DEFAULT-VALUE}.")
        int particles;

        @Option(names = "--only", paramLabel = "FLOW/ADA/DATA/NOISE",
                description = "Run only this condition, e.g. sd/off/full/annealed (repeatable).")
        List<String> only = List.of();

        @Mixin
        ThreadsOption threads;

        abstract String dataset();

        abstract String title();

        @Override
        public Integer call() throws IOException {
            List<PaperCondition> conditions = new ArrayList<>();
            for (String s : only) {
                try {
                    conditions.add(PaperCondition.parse(s));
                } catch (IllegalArgumentException e) {
                    throw InputException.forKey("--only", e.getMessage());
                }
            }
            if (conditions.isEmpty()) {
                conditions = PaperCondition.grid();
            }
            TableExperiment.Settings settings;
            try {
                settings = new TableExperiment.Settings(dataset(), conditions, seeds, steps, particles, threads.resolve());
            } catch (IllegalArgumentException e) {
                throw Reproduce.option(e);
            }
            OutputDirectory.check(out, "table.csv", "table.md", "runs.csv", "final-states.png");
            PrintWriter err = spec.commandLine().getErr();
            TableExperiment.Result r = TableExperiment.run(settings, line -> {
                err.println(line);
                err.flush();
            });
            OutputDirectory.create(out);
            try {
                TableExperiment.write(r, out, title());
            } catch (IOException e) {
                throw OutputDirectory.writeFailed(out, e);
            }
            PrintWriter o = spec.commandLine().getOut();
            for (TableExperiment.Row row : r.rows()) {
                o.printf(Locale.ROOT, "%-48s modes %5.1f/%d  in-mode %.3f  MMD² %.2e  converged %s%n",
                        row.condition().label(), row.modesMean(), row.modes(), row.inModeMean(), row.mmd2Mean(),
                        row.converged() ? "yes" : "no");
            }
            o.printf(Locale.ROOT, "wall time %.0f s -> %s%n", r.wallSeconds(), out);
            return 0;
        }
    }

    @Command(name = "table-25", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"The SD-flow paper's convergence table on 25 Gaussians: {SD, MMD, SVGD} x AdaGrad {off, on}"
                + " x data {full, batched} x noise {annealed, cosine}.",
                "Writes table.csv, table.md, runs.csv and final-states.png.",
                "Defaults (2 seeds, N = M = 1000, 1000 steps) need about 670 CPU-seconds: about 6 minutes on 2 idle "
                    + "cores; each further seed adds about 3 minutes."})
    static final class Table25 extends TableBase {
        @Override
        String dataset() {
            return "25gaussians";
        }

        @Override
        String title() {
            return "Convergence on 25 Gaussians";
        }
    }

    @Command(name = "table-30", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"The same table on the 30-Gaussians stand-in (rings of 6, 10, 14 means).",
                "Writes table.csv, table.md, runs.csv and final-states.png."})
    static final class Table30 extends TableBase {
        @Override
        String dataset() {
            return "30gaussians";
        }

        @Override
        String title() {
            return "Convergence on 30 Gaussians (stand-in)";
        }
    }
}
