package org.flowexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A problem found and fixed, measured: the first 500 steps of the {@code 25gaussians-mmd} preset (N = M =
 * 1,000, a headless run on two threads) in a JVM that first ran only this run ({@code polluted =
 * false}), and in one where this run was compiled, then every built-in preset ran 60 steps on one
 * or two threads, then this run again ({@code true}), as in a window where the user tries several
 * presets. At C2's default trap limit ({@link #mmdRunAtDefaultTrapLimit}) the second was about 3×
 * slower on JDK 17: the recompiled {@code FloatPlaneSums.leaf} inherits the traps of the shared
 * Vector API methods it inlines, crosses {@code PerMethodTrapLimit} (100), inlines virtual calls with
 * a slow path instead of a trap, and loses the store intrinsic ({@code -XX:+PrintIntrinsics}:
 * "missing constant" at {@code VectorSupport::store}). {@link #mmdRun} runs with the limit the
 * program's launcher sets ({@code -XX:PerMethodTrapLimit=10000}).
 * Run with {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Dbench=ProfilePollutionBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProfilePollutionBench {
    @Param({"false", "true"})
    boolean polluted;

    private RunConfig mmd;

    @Setup(Level.Trial)
    public void setUp() {
        PresetLibrary presets = new PresetLibrary();
        mmd = presets.require("25gaussians-mmd").config().withSteps(500);
        for (int i = 0; i < 3; i++) { // compiled on this run's profile alone
            mmdRun();
        }
        if (polluted) {
            for (Preset p : presets.all()) {
                RunConfig c = p.config().withSteps(60);
                if (c.particles() > 3000) {
                    c = c.withSizes(2000, 2000);
                }
                new HeadlessRun(1 + p.name().length() % 2, Integer.MAX_VALUE).run(c, s -> { });
            }
        }
    }

    @Benchmark
    public long mmdRun() {
        return new HeadlessRun(2, Integer.MAX_VALUE).run(mmd, s -> { }).last().step();
    }

    /** The same at C2's default trap limit, as before the launcher set it. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
    public long mmdRunAtDefaultTrapLimit() {
        return mmdRun();
    }
}
