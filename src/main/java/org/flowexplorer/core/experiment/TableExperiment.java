package org.flowexplorer.core.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The SD-flow paper's convergence tables (25 and 30 Gaussians): every {@link PaperCondition} is run
 * with several seeds from the offset base distribution, and each condition is summarised by its
 * mean covered modes, in-mode fraction and MMD² and a convergence verdict:
 * <pre>  converged = modes_covered ≥ K − 1 and in_mode_fraction ≥ 0.9 in every seed</pre>
 * Runs are independent tasks on a pool of {@code threads} threads, each with one kernel thread
 * (or more when there are fewer runs than threads; results do not depend on the thread count).
 */
public final class TableExperiment {
    /** In-mode fraction a converged run needs. */
    public static final double MIN_IN_MODE = 0.9;

    /**
     * @param dataset    25gaussians or 30gaussians
     * @param conditions the conditions to run (the full grid by default)
     * @param seeds      number of seeds (0 .. seeds−1)
     * @param steps      steps per run (the schedule spans them)
     * @param particles  N = M
     * @param threads    concurrent runs
     */
    public record Settings(String dataset, List<PaperCondition> conditions, int seeds, int steps, int particles,
                           int threads) {
        public Settings {
            if (seeds < 1 || seeds > 100) {
                throw new IllegalArgumentException("seeds: must be between 1 and 100, got " + seeds);
            }
            if (steps < 1 || steps > 100_000) {
                throw new IllegalArgumentException("steps: must be between 1 and 100000, got " + steps);
            }
            if (particles < 2 || particles > 20_000) {
                throw new IllegalArgumentException("particles: must be between 2 and 20000, got " + particles);
            }
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("threads: must be between 1 and 256, got " + threads);
            }
            if (conditions == null || conditions.isEmpty()) {
                throw new IllegalArgumentException("no conditions to run");
            }
            conditions = List.copyOf(conditions);
        }
    }

    /** One condition's runs (index = seed). */
    public record Row(PaperCondition condition, List<RunOutcome> runs, int modes) {
        public double modesMean() {
            return runs.stream().mapToInt(RunOutcome::modesCovered).average().orElse(Double.NaN);
        }

        public int modesMin() {
            return runs.stream().mapToInt(RunOutcome::modesCovered).min().orElse(0);
        }

        public double inModeMean() {
            return runs.stream().mapToDouble(RunOutcome::inModeFraction).average().orElse(Double.NaN);
        }

        public double inModeMin() {
            return runs.stream().mapToDouble(RunOutcome::inModeFraction).min().orElse(Double.NaN);
        }

        public double mmd2Mean() {
            return runs.stream().mapToDouble(RunOutcome::mmd2).average().orElse(Double.NaN);
        }

        public long convergedSeeds() {
            return runs.stream().filter(r -> TableExperiment.converged(r, modes)).count();
        }

        /** True when every seed converged. */
        public boolean converged() {
            return convergedSeeds() == runs.size();
        }

        public double seconds() {
            return runs.stream().mapToDouble(RunOutcome::seconds).sum();
        }
    }

    /** The table and the wall time of the whole experiment. */
    public record Result(Settings settings, List<Row> rows, Dataset seed0Targets, double wallSeconds) {
        /** The row of a condition, or null. */
        public Row row(PaperCondition c) {
            return rows.stream().filter(r -> r.condition.equals(c)).findFirst().orElse(null);
        }
    }

    private TableExperiment() {
    }

    /** The verdict for one run with K modes. */
    public static boolean converged(RunOutcome r, int modes) {
        return r.pauseReason() == null && r.modesCovered() >= modes - 1 && r.inModeFraction() >= MIN_IN_MODE;
    }

    /** The configuration of one run. */
    public static RunConfig config(Settings s, PaperCondition c, long seed) {
        return new RunConfig(s.dataset(), "offset", s.particles(), s.particles(), seed, s.steps(), c.params(s.steps()));
    }

    /** Runs every condition and seed; {@code progress} receives one line per finished run. */
    public static Result run(Settings s, Consumer<String> progress) {
        long start = System.nanoTime();
        Dataset targets0 = DatasetCatalog.generate(s.dataset(), s.particles(), 0);
        if (targets0.mixture() == null) {
            throw new IllegalArgumentException("dataset " + s.dataset() + " is not a mixture; the tables need modes");
        }
        int modes = targets0.mixture().modes();
        record Task(int cond, int seed) {
        }
        List<Task> tasks = new ArrayList<>();
        for (int c = 0; c < s.conditions().size(); c++) {
            for (int k = 0; k < s.seeds(); k++) {
                tasks.add(new Task(c, k));
            }
        }
        // longest first: full data before batched, SVGD before the others
        tasks.sort((a, b) -> Double.compare(cost(s.conditions().get(b.cond)), cost(s.conditions().get(a.cond))));
        RunOutcome[][] out = new RunOutcome[s.conditions().size()][s.seeds()];
        int total = tasks.size();
        int[] done = {0};
        int concurrent = Math.min(s.threads(), total);
        int kernelThreads = Math.max(1, s.threads() / concurrent);
        ExecutorService pool = Executors.newFixedThreadPool(concurrent, r -> {
            Thread t = new Thread(r, "table-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(pool.submit(() -> {
                    PaperCondition c = s.conditions().get(t.cond);
                    RunOutcome r = Runs.run(config(s, c, t.seed), kernelThreads);
                    out[t.cond][t.seed] = r;
                    synchronized (done) {
                        done[0]++;
                        progress.accept(String.format(Locale.ROOT, "[%d/%d] %s, seed %d: %d/%d modes, in-mode %.3f, "
                                        + "MMD² %.3g (%.1f s)%s", done[0], total, c.label(), t.seed, r.modesCovered(),
                                modes, r.inModeFraction(), r.mmd2(), r.seconds(),
                                r.pauseReason() == null ? "" : " PAUSED: " + r.pauseReason()));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < s.conditions().size(); c++) {
            rows.add(new Row(s.conditions().get(c), List.of(out[c]), modes));
        }
        return new Result(s, rows, targets0, (System.nanoTime() - start) / 1e9);
    }

    private static double cost(PaperCondition c) {
        double base = c.batched() ? 0.07 : 1.0;
        return base * (c.flow() == FlowKind.SVGD ? 1.5 : 1.0);
    }

    /** Writes table.csv, runs.csv, table.md and final-states.png into {@code dir}, all or nothing. */
    public static List<Path> write(Result r, Path dir, String title) throws IOException {
        try (StagedOutput staged = new StagedOutput()) {
            staged.write(dir.resolve("table.csv"), o -> text(o, csv(r)));
            staged.write(dir.resolve("runs.csv"), o -> text(o, runsCsv(r)));
            staged.write(dir.resolve("table.md"), o -> text(o, markdown(r, title)));
            staged.write(dir.resolve("final-states.png"), o -> finalStates(r, title).writePng(o));
            List<Path> files = staged.targets();
            staged.commit();
            return files;
        }
    }

    static void text(OutputStream o, String s) throws IOException {
        o.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String g(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** One line per condition. */
    public static String csv(Result r) {
        StringBuilder sb = new StringBuilder("flow,adagrad,data,noise,seeds,modes,modes_covered_mean,modes_covered_min,"
                + "in_mode_fraction_mean,in_mode_fraction_min,mmd2_mean,converged_seeds,converged,run_seconds\n");
        for (Row row : r.rows) {
            PaperCondition c = row.condition;
            sb.append(c.flow().id()).append(',').append(c.adagradLabel()).append(',').append(c.dataLabel()).append(',')
                    .append(c.noiseLabel()).append(',').append(row.runs.size()).append(',').append(row.modes).append(',')
                    .append(g(row.modesMean())).append(',').append(row.modesMin()).append(',')
                    .append(g(row.inModeMean())).append(',').append(g(row.inModeMin())).append(',')
                    .append(g(row.mmd2Mean())).append(',').append(row.convergedSeeds()).append(',')
                    .append(row.converged() ? "yes" : "no").append(',')
                    .append(String.format(Locale.ROOT, "%.2f", row.seconds())).append('\n');
        }
        return sb.toString();
    }

    /** One line per run. */
    public static String runsCsv(Result r) {
        StringBuilder sb = new StringBuilder("flow,adagrad,data,noise,seed,steps,modes_covered,in_mode_fraction,mmd2,"
                + "sliced_w2,converged,paused,seconds\n");
        for (Row row : r.rows) {
            PaperCondition c = row.condition;
            for (int k = 0; k < row.runs.size(); k++) {
                RunOutcome o = row.runs.get(k);
                sb.append(c.flow().id()).append(',').append(c.adagradLabel()).append(',').append(c.dataLabel())
                        .append(',').append(c.noiseLabel()).append(',').append(k).append(',').append(o.steps())
                        .append(',').append(o.modesCovered()).append(',').append(g(o.inModeFraction())).append(',')
                        .append(g(o.mmd2())).append(',').append(g(o.slicedW2())).append(',')
                        .append(converged(o, row.modes) ? "yes" : "no").append(',')
                        .append(o.pauseReason() == null ? "no" : "yes").append(',')
                        .append(String.format(Locale.ROOT, "%.2f", o.seconds())).append('\n');
            }
        }
        return sb.toString();
    }

    /** The human-readable table with its criterion and assumptions. */
    public static String markdown(Result r, String title) {
        Settings s = r.settings;
        int k = r.rows.get(0).modes;
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n");
        sb.append(String.format(Locale.ROOT, "Dataset `%s` (K = %d modes), N = M = %d, %d steps, η = 0.5, offset base "
                + "N((3, −3), 0.5²I), seeds 0..%d. Wall time %.0f s on %d concurrent run(s).%n%n", s.dataset(), k,
                s.particles(), s.steps(), s.seeds() - 1, r.wallSeconds, s.threads()));
        sb.append(String.format(Locale.ROOT, "**converged = ≥ %d/%d modes covered and in-mode fraction ≥ %.1f in every "
                + "seed** (a mode is covered when it holds ≥ ⌈0.1·N/K⌉ particles within 3·std of its mean; ALGORITHMS.md §6).%n%n",
                k - 1, k, MIN_IN_MODE));
        sb.append("Conditions are our mapping of the paper's (ALGORITHMS.md §4; the paper gives no further detail): "
                + "annealed = linear σ 1 → 0.05, cosine = cosine σ 1 → 0.05, full = no batches, batched = B_p = B_q = "
                + PaperCondition.BATCH + ", AdaGrad with momentum α = 0.9 on the drift. MMD uses noise injection β = "
                + PaperCondition.MMD_BETA + ". SVGD uses the KDE target score at the current σ.\n\n");
        sb.append("| flow | AdaGrad | data | noise | modes covered (mean) | min | in-mode fraction (mean) | MMD² (mean) "
                + "| converged seeds | converged |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : r.rows) {
            PaperCondition c = row.condition;
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.1f / %d | %d | %.3f | %.2e | %d/%d | %s |%n",
                    c.flow().displayName(), c.adagradLabel(), c.dataLabel(), c.noiseLabel(), row.modesMean(), k,
                    row.modesMin(), row.inModeMean(), row.mmd2Mean(), row.convergedSeeds(), row.runs.size(),
                    row.converged() ? "**yes**" : "no"));
        }
        Map<FlowKind, List<String>> noAda = new LinkedHashMap<>();
        for (Row row : r.rows) {
            PaperCondition c = row.condition;
            if (!c.adagrad() && row.converged()) {
                noAda.computeIfAbsent(c.flow(), f -> new ArrayList<>()).add(c.dataLabel() + "/" + c.noiseLabel());
            }
        }
        sb.append("\nConverged without AdaGrad: ");
        if (noAda.isEmpty()) {
            sb.append("none.");
        } else {
            List<String> parts = new ArrayList<>();
            noAda.forEach((f, l) -> parts.add(f.displayName() + " (" + String.join(", ", l) + ")"));
            sb.append(String.join("; ", parts)).append('.');
        }
        sb.append("\n\n`final-states.png`: final particles (blue) over the targets (red) of seed 0, one panel per "
                + "condition, rows = flows. `runs.csv` has every seed.\n");
        return sb.toString();
    }

    /** A grid of final scatter plots of seed 0: rows = flows, columns = the other three factors. */
    public static Raster finalStates(Result r, String title) {
        List<FlowKind> flows = new ArrayList<>();
        List<String> cols = new ArrayList<>();
        for (Row row : r.rows) {
            PaperCondition c = row.condition;
            if (!flows.contains(c.flow())) {
                flows.add(c.flow());
            }
            String col = colKey(c);
            if (!cols.contains(col)) {
                cols.add(col);
            }
        }
        int size = 170;
        int gap = 26;
        int left = 70;
        int top = 60;
        Raster img = new Raster(left + cols.size() * (size + 10) + 10, top + flows.size() * (size + gap) + 10);
        img.boldText(10, 22, title + " — final states of seed 0 (blue: particles, red: targets)", Raster.BLACK, 15);
        double range = 4.5;
        double[] targets = r.seed0Targets().points().coords();
        int d = r.seed0Targets().dim();
        for (Row row : r.rows) {
            PaperCondition c = row.condition;
            int fi = flows.indexOf(c.flow());
            int ci = cols.indexOf(colKey(c));
            int x = left + ci * (size + 10);
            int y = top + fi * (size + gap);
            Panel p = Panel.square(img, x, y, size, range);
            p.scatter(targets, d, 0, 1, 1.0, Raster.withAlpha(Raster.TARGET, 0.45));
            RunOutcome o = row.runs.get(0);
            p.scatter(o.positions().coords(), o.positions().dim(), 0, 1, 1.1, Raster.withAlpha(Raster.PARTICLE, 0.7));
            boolean conv = converged(o, row.modes);
            p.frame(String.format(Locale.ROOT, "%s %d/%d%s", colLabel(c), o.modesCovered(), row.modes, conv ? " ✓" : ""),
                    false);
            if (ci == 0) {
                img.boldText(6, y + size / 2, c.flow().id().toUpperCase(Locale.ROOT), Raster.BLACK, 14);
            }
        }
        return img;
    }

    private static String colKey(PaperCondition c) {
        return c.adagradLabel() + c.dataLabel() + c.noiseLabel();
    }

    private static String colLabel(PaperCondition c) {
        return (c.adagrad() ? "Ada" : "noAda") + " " + (c.batched() ? "batch" : "full") + " "
                + (c.cosine() ? "cos" : "lin");
    }
}
