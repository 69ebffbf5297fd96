package org.flowexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.export.PngFrameWriter;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Frame export throughput at 800×800 with 10,000 particles over 10,000 targets (25 Gaussians,
 * coloured by nearest mode, HUD on). Scores are frames per second:
 * {@code render} draws only; {@code renderAndEncode} draws and PNG-encodes one frame on one thread;
 * {@code exportSequence} pushes {@value #BATCH} frames through {@link PngFrameWriter} with two
 * encoder threads, staging real files (then discarding them), as {@code run --frames} does.
 * Run with {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Dbench=PngExportBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PngExportBench {
    static final int BATCH = 16;
    private static final int SIZE = 800;
    private static final int N = 10_000;

    private final Rasterizer rasterizer = new Rasterizer();
    private final FrameBuffer buffer = new FrameBuffer(SIZE, SIZE);
    private FrameInput input;
    private Camera view;
    private RenderOptions options;
    private Path dir;
    private String config;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Dataset targets = DatasetCatalog.generate("25gaussians", N, 0);
        Dataset particles = DatasetCatalog.generate("25gaussians", N, 1);
        Snapshot s = new Snapshot(500, 0.05, 0.05, particles.points(), null, targets, null, 0, null, null);
        input = FrameInput.of(s).withHud(List.of("SD flow", "step 500 / 1000", "\u03c3 0.05", "modes 25 / 25"));
        view = Camera.fitAll(SIZE, SIZE, targets.points(), particles.points());
        options = RenderOptions.defaults().withColorMode(ColorMode.NEAREST_MODE).withHud(true);
        dir = Files.createTempDirectory("png-bench");
        config = "{\"format\" : \"flow-explorer/1\"}\n";
    }

    @Benchmark
    public int render() {
        rasterizer.render(input, view, options, buffer);
        return buffer.pixels()[SIZE * SIZE / 2];
    }

    @Benchmark
    public int renderAndEncode() throws IOException {
        rasterizer.render(input, view, options, buffer);
        return PngFrameWriter.encode(buffer.pixels(), SIZE, SIZE, config).length;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int exportSequence() throws IOException {
        try (StagedOutput staged = new StagedOutput();
             PngFrameWriter writer = new PngFrameWriter(dir, staged, config, 2)) {
            for (int i = 0; i < BATCH; i++) {
                rasterizer.render(input, view, options, buffer);
                writer.accept(buffer);
            }
            writer.finish();
            return writer.written();
        } // closing the staged output without commit deletes the files
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir);
    }
}
