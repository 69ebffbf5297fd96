package org.flowexplorer.core.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Arrays;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;

/**
 * Times whole simulation steps at one fixed σ: the measurement behind {@code bench} and the
 * calibration of {@link CostEstimate}. The workload is the 25-Gaussians preset (offset start, seed
 * 0) with N particles and M targets, every step (warm-up included) at the same σ, so the particles
 * have gathered on the nearest modes by the time steps are timed. Wall time is the median over the
 * timed steps; process CPU time per step is reported too, because on a shared machine it is far less
 * noisy than wall time.
 */
public final class StepBenchmark {
    /**
     * One measurement.
     *
     * @param flow         the flow
     * @param n            particles
     * @param m            targets
     * @param sigma        σ of every step
     * @param threads      kernel threads
     * @param kernel       the kernel sums that ran (exact or grid, the code path)
     * @param grid         true in grid mode
     * @param msPerStep    median wall time of one step
     * @param cpuMsPerStep process CPU time per step (all threads; NaN if the JVM cannot tell)
     * @param pairs        particle–target plus particle–particle pairs of the dense sums per step
     * @param loadAverage  the machine's load average (1 minute) after the timed steps, or NaN: timings
     *                     taken while other work runs are noisy and should be read with it
     */
    public record Result(FlowKind flow, int n, int m, double sigma, int threads, String kernel, boolean grid,
                         double msPerStep, double cpuMsPerStep, double pairs, double loadAverage) {
        public double stepsPerSecond() {
            return 1000.0 / msPerStep;
        }

        /** Dense-equivalent pairs per second and thread (skipped pairs count as done). */
        public double pairsPerSecondPerCore() {
            return pairs / (msPerStep / 1000.0) / threads;
        }
    }

    private StepBenchmark() {
    }

    /** The benchmark configuration: 25 Gaussians, N particles, M targets, constant σ, the given kernel mode. */
    public static RunConfig config(FlowKind flow, int n, int m, double sigma, KernelMode mode) {
        FlowParameters p = FlowParameters.defaults(flow)
                .withSchedule(new NoiseSchedule(ScheduleKind.CONSTANT, sigma, sigma, 1))
                .withKernel(mode);
        return new RunConfig("25gaussians", "offset", n, m, 0, 0, p);
    }

    /**
     * Runs untimed steps until both {@code warmup} steps and {@code warmupSeconds} have passed (the
     * JIT compiles the vector kernels only after many calls, and later still on a busy machine), then
     * times at least {@code steps} steps and for at least {@code timedSeconds}: the median of many
     * steps is not moved by a short pause of the machine (another process, a GC), which a median of
     * twenty 2 ms steps — a 40 ms window — was.
     */
    public static Result measure(RunConfig config, int threads, int warmup, double warmupSeconds, int steps,
                                 double timedSeconds) {
        if (steps < 1 || warmup < 0 || warmupSeconds < 0 || timedSeconds < 0) {
            throw new IllegalArgumentException("need at least one timed step and a non-negative warm-up");
        }
        double[] ms = new double[steps];
        int timed = 0;
        double cpuMs;
        String kernel;
        boolean grid;
        try (Simulation sim = SimulationFactory.create(config, threads)) {
            long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
            for (int i = 0; i < warmup || System.nanoTime() < until; i++) {
                sim.step();
            }
            long cpu0 = processCpuNanos();
            long end = System.nanoTime() + (long) (timedSeconds * 1e9);
            while (timed < steps || System.nanoTime() < end) {
                sim.step();
                if (timed == ms.length) {
                    ms = Arrays.copyOf(ms, 2 * timed);
                }
                ms[timed++] = sim.latest().get().msPerStep();
            }
            long cpu1 = processCpuNanos();
            cpuMs = cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e6 / timed;
            kernel = sim.latest().get().kernel().path();
            grid = sim.latest().get().kernel().grid();
        }
        Arrays.sort(ms, 0, timed);
        double median = timed % 2 == 1 ? ms[timed / 2] : 0.5 * (ms[timed / 2 - 1] + ms[timed / 2]);
        FlowParameters p = config.params();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Result(p.flow(), config.particles(), config.targets(), p.schedule().sigmaAt(0), threads, kernel, grid,
                median, cpuMs, pairs(p.flow(), config.particles(), config.targets()), load < 0 ? Double.NaN : load);
    }

    /** Pairs of the dense sums of one step: N·M for the target term, N·N for the particle term. */
    public static double pairs(FlowKind flow, int n, int m) {
        return (double) n * m + (flow == FlowKind.LANGEVIN ? 0.0 : (double) n * n);
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
