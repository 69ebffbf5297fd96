package org.flowexplorer.cli;

import java.io.PrintWriter;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code run}, {@code velocity}, {@code metrics}, {@code presets},
 * {@code bench}. Exit codes: 0 success, 1 internal error, 2 bad input (one line on stderr naming
 * the file, line and column or the key), 3 a run paused on a rejected step.
 */
@Command(name = "flow-explorer", mixinStandardHelpOptions = true, version = "flow-explorer 0.1.0",
        description = "Particle flows of generative models: SD flow, MMD, SVGD, Langevin, DiffFlow.%n"
                + "Without a subcommand the jar opens the explorer window.",
        subcommands = {RunCommand.class, VelocityCommand.class, MetricsCommand.class, PresetsCommand.class,
            BenchCommand.class, ReproduceCommand.class, DiagnoseCommand.class, LessonCommand.class})
public final class FlowExplorerCli implements Runnable {
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a run that paused on a rejected (non-finite) step. */
    public static final int PAUSED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the CLI with the process's stdout and stderr. A failed write to stdout (a full disk,
     * {@code > /dev/full}, a closed pipe) is an error: the results did not arrive.
     */
    public static int execute(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, new PrintWriter(System.out, true), err);
        if (code == 0 && System.out.checkError()) {
            err.println("error: standard output: write failed (disk full or closed pipe)");
            return BAD_INPUT;
        }
        return code;
    }

    /** Runs the CLI in-process with the given streams (tests use this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, CommandLine.defaultFactory());
    }

    /** Runs the CLI with a factory for its commands (a test seam: tests substitute configured commands). */
    static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cmd = new CommandLine(new FlowExplorerCli(), factory);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.registerConverter(Double.class, FiniteDouble::parse);
        cmd.registerConverter(double.class, FiniteDouble::parse);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + Excerpt.of(String.valueOf(ex.getMessage()), 200) + " (see '"
                    + ex.getCommandLine().getCommandName() + " --help')");
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof InputException) {
                err.println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (outOfMemory(ex)) {
                return outOfMemory(err);
            }
            err.println("error: internal failure: " + Excerpt.of(String.valueOf(ex), 300));
            return 1;
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err);
        }
        out.flush();
        if (code == 0 && out.checkError()) {
            err.println("error: standard output: write failed (disk full or closed pipe)");
            code = BAD_INPUT;
        }
        err.flush();
        return code;
    }

    /**
     * The last line of defence when an estimate missed: one line instead of a stack trace. Sizes
     * that cannot fit are normally refused before any work starts (see MemoryBudget).
     */
    private static int outOfMemory(PrintWriter err) {
        err.println("error: out of memory (Java heap limit " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB); ask for fewer particles or targets or a smaller --size, or give Java more memory (java -Xmx…)");
        return BAD_INPUT;
    }

    private static boolean outOfMemory(Throwable t) {
        for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
