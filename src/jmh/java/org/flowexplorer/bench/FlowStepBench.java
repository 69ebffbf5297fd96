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
 * One whole simulation step of every flow with exact (dense) kernel sums at N = M = 1,000, 2,000
 * and 10,000, d = 2, on the {@code bench} workload (25 Gaussians, every step at σ = 0.2). Run with
 * {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Dbench=FlowStepBench}; one size:
 * {@code -Djmh.args="-p n=2000"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FlowStepBench {
    @Param({"sd", "mmd", "svgd", "langevin", "diffflow"})
    String flow;

    @Param({"1000", "2000", "10000"})
    int n;

    @Param({"2"})
    int threads;

    private Simulation sim;

    @Setup(Level.Trial)
    public void setUp() {
        sim = SimulationFactory.create(StepBenchmark.config(FlowKind.parse(flow), n, n, 0.2, KernelMode.EXACT), threads);
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
