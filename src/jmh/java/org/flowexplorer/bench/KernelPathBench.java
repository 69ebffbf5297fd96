package org.flowexplorer.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.flowexplorer.core.kernel.DenseSums;
import org.flowexplorer.core.kernel.KernelBackend;
import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.kernel.LeafKernel;
import org.flowexplorer.core.kernel.ReferenceSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
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
 * The kernel paths side by side on one thread: the softmax mean offsets of 2,000 points against
 * 2,000 at σ = 5 (every pair in reach, nothing skipped), i.e. pure pair throughput: {@code reference}
 * (scalar double, Math.exp, pointwise), {@code scalar} (blocked scalar double), {@code double}
 * (Vector API double), {@code float} (Vector API float where accurate, point by point) and
 * {@code pairs} (the float pair sums of a set with itself: each of the 2·10^6 pairs computed once
 * for both points). Divide 4·10^6 terms by the time for terms per second per core. Run with
 * {@code -Dbench=KernelPathBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KernelPathBench {
    @Param({"reference", "scalar", "double", "float", "pairs"})
    String path;

    private ParallelRunner one;
    private KernelSums sums;
    private PointSet points;
    private double[] out;

    @Setup(Level.Trial)
    public void setUp() {
        one = new ParallelRunner(1);
        sums = switch (path) {
            case "reference" -> new ReferenceSums(one);
            case "scalar" -> new DenseSums(one, KernelBackend.scalar(), false);
            case "double" -> new DenseSums(one, KernelBackend.detect(), false);
            case "float" -> new DenseSums(one, pointByPoint(KernelBackend.detect()), true);
            default -> new DenseSums(one, KernelBackend.detect(), true);
        };
        SplittableRandom rng = new SplittableRandom(1);
        double[] c = new double[4000];
        for (int i = 0; i < c.length; i++) {
            c[i] = rng.nextGaussian();
        }
        points = PointSet.wrap(2, c);
        out = new double[4000];
    }

    /** The backend without its pair sums. */
    private static KernelBackend pointByPoint(KernelBackend b) {
        return new KernelBackend() {
            @Override
            public LeafKernel newKernel(boolean allowFloat) {
                return b.newKernel(allowFloat);
            }

            @Override
            public String describe() {
                return b.describe();
            }

            @Override
            public boolean vectorized() {
                return b.vectorized();
            }
        };
    }

    @Benchmark
    public double meanOffsets() {
        sums.meanOffsets(points, points, 0.02, false, out);
        return out[0];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        one.close();
    }
}
