package org.flowexplorer.core.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelBackend;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;

/**
 * The soak, run in its own JVM by {@link SoakTest} (so the heap it measures is its own): a run of
 * {@code steps} steps at N = M = {@code n} on 25 Gaussians whose parameters change every 100 steps
 * (flow, η, σ schedule, AdaGrad, batches, curl — as a student moving sliders would), recording a
 * metrics row every 100 steps like {@code run} does, and opening and closing a short second
 * simulation every 5,000 steps. Prints one line: steps, wall time, heap after a full GC at the start
 * and at the end, live threads before and after.
 */
public final class SoakRun {
    private SoakRun() {
    }

    public static void main(String[] args) {
        int steps = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        RunConfig config = new RunConfig("25gaussians", "offset", n, n, 1, steps, FlowParameters.defaults(FlowKind.SD));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        SplittableRandom r = new SplittableRandom(42);
        List<MetricsRow> rows = new ArrayList<>();
        long heapStart = 0;
        int threadsStart = Thread.activeCount(); // before any pool exists: all must be gone again at the end
        int threadsPeak = 0;
        long t0 = System.nanoTime();
        int rejected = 0;
        try (Simulation sim = SimulationFactory.create(config, 2); ParallelRunner metricThreads = new ParallelRunner(2)) {
            Dataset data = sim.dataset();
            MetricsCalculator metrics = new MetricsCalculator(data.points(), data.mixture(), metricThreads);
            for (int s = 1; s <= steps; s++) {
                if (s % 100 == 0) {
                    sim.parameters().set(randomParameters(r));
                }
                if (sim.step() == StepOutcome.REJECTED) {
                    rejected++;
                    sim.reset(); // what a user does after a pause; the run goes on
                }
                if (s % 100 == 0) {
                    rows.add(HeadlessRun.row(metrics, sim.latest().get(), sim.latest().get().msPerStep()));
                }
                if (s % 5000 == 0) {
                    new HeadlessRun(1, 5).run(config.withSteps(10).withSizes(50, 50), snap -> { });
                }
                if (s == Math.min(1000, steps / 2)) { // warmed up: caches, JIT, thread pools are in place
                    heapStart = heapAfterGc(memory);
                }
                threadsPeak = Math.max(threadsPeak, Thread.activeCount());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long heapEnd = heapAfterGc(memory);
        int threadsEnd = liveThreadsAfterShutdown();
        System.out.printf(Locale.ROOT, "soak steps=%d n=%d seconds=%.1f heap_start=%d heap_end=%d threads_start=%d "
                        + "threads_end=%d threads_peak=%d rows=%d rejected=%d max_heap_mb=%d vector=%b%n", steps, n, seconds, heapStart, heapEnd,
                threadsStart, threadsEnd, threadsPeak, rows.size(), rejected, Runtime.getRuntime().maxMemory() >> 20,
                KernelBackend.detect().vectorized());
    }

    private static FlowParameters randomParameters(SplittableRandom r) {
        FlowKind flow = FlowKind.values()[r.nextInt(FlowKind.values().length)];
        double sigmaMax = 0.2 + r.nextDouble();
        return FlowParameters.defaults(flow).withEta(0.05 + 0.9 * r.nextDouble())
                .withSchedule(new NoiseSchedule(ScheduleKind.values()[r.nextInt(4)], sigmaMax, sigmaMax * 0.1, 500))
                .withAdagrad(r.nextInt(4) == 0).withBatches(r.nextBoolean() ? 0 : 128, r.nextBoolean() ? 0 : 256)
                .withRho(r.nextDouble()).withCurl(r.nextInt(3) == 0 ? 0.5 : 0).withMmdNoise(r.nextInt(3) == 0 ? 0.1 : 0);
    }

    /**
     * Threads of this program still alive once closed pools had 10 s to let their threads end
     * (shutting a pool down does not wait for its threads; a pool never shut down keeps them).
     */
    private static int liveThreadsAfterShutdown() {
        Thread[] all = new Thread[Thread.activeCount() + 8];
        int n = Thread.enumerate(all);
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (int i = 0; i < n; i++) {
            if (all[i] != Thread.currentThread()) {
                try {
                    all[i].join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return Thread.activeCount();
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
