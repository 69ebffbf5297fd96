package org.flowexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.flowexplorer.core.sim.StepBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One grid-mode step at N = M = 100,000, d = 2, at a wide, a middle and the final σ of the annealed
 * 25-Gaussians run. Run with {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Dbench=GridStepBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class GridStepBench {
    @Param({"sd", "mmd", "svgd", "langevin", "diffflow"})
    String flow;

    @Param({"1.0", "0.2", "0.05"})
    double sigma;

    @Param({"100000"})
    int n;

    @Param({"2"})
    int threads;

    private Simulation sim;

    @Setup(Level.Trial)
    public void setUp() {
        sim = SimulationFactory.create(StepBenchmark.config(FlowKind.parse(flow), n, n, sigma, KernelMode.GRID), threads);
        for (int i = 0; i < 10; i++) {
            sim.step();
        }
    }

    @Benchmark
    public long step() {
        sim.step();
        return sim.stepCount();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }
}
