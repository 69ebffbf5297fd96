package org.flowexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.data.BaseDistribution;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Simulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One SD-flow step at N = M = 2000, d = 2 on 25 Gaussians (σ fixed at 0.3, mid-anneal). Run with
 * {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Dbench=SdStepBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SdStepBench {
    @Param({"2000"})
    int n;

    @Param({"1", "2"})
    int threads;

    @Param({"sd"})
    String flow;

    private Simulation sim;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset data = DatasetCatalog.generate("25gaussians", n, 0);
        FlowParameters p = FlowParameters.defaults(FlowKind.parse(flow))
                .withSchedule(new NoiseSchedule(ScheduleKind.CONSTANT, 0.3, 0.3, 1));
        sim = new Simulation(data, BaseDistribution.OFFSET.sample(n, 2, 0), p, 0, threads);
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
