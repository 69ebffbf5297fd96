package org.flowexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.flowexplorer.core.data.ColumnCsvWriter;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.PointCsvWriter;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.FrameExportSession;
import org.flowexplorer.core.io.FrameExportSpec;
import org.flowexplorer.core.io.FrameFormat;
import org.flowexplorer.core.io.FrameSink;
import org.flowexplorer.core.io.Mp4PipeWriter;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.replay.ReplayExport;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code run}: runs a configuration headless and writes {@code config.json}, {@code metrics.csv},
 * {@code final.csv} and {@code targets.csv} into the output directory, all at once at the end
 * (a failed run leaves no partial files). With {@code --frames K} it also exports K frames drawn by
 * the rasterizer, as a PNG sequence, an animated GIF or an MP4; frames are staged while the run
 * goes and appear together with the other files only when everything succeeded. {@code --format html}
 * writes one self-contained interactive {@code replay.html} of the K frames instead.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a simulation headless and write its results.",
            "Without --preset or --config the 25gaussians-sd preset is used."})
final class RunCommand implements Callable<Integer> {
    private static final String[] OUTPUTS = {"config.json", "metrics.csv", "final.csv", "targets.csv"};

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigSource source;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--metrics-every", defaultValue = "10", paramLabel = "K",
            description = "Record metrics every K steps (and always at the last step). Default: ${DEFAULT-VALUE}.")
    int metricsEvery;

    @Mixin
    FrameExportOptions frameOptions;

    /** Test seam: wraps the frame sink (e.g. with one that fails after a few frames). */
    UnaryOperator<FrameSink> sinkWrapper = UnaryOperator.identity();

    /** Test seam: finds ffmpeg (default: on the PATH environment variable). */
    Supplier<Optional<Path>> ffmpegLocator = () -> Mp4PipeWriter.locate(System.getenv("PATH"));

    @Override
    public Integer call() throws IOException {
        RunConfig config = source.resolve();
        if (metricsEvery < 1) {
            throw InputException.forKey("--metrics-every", "must be at least 1, got " + metricsEvery);
        }
        int t = threads.resolve();
        FrameExportSpec export = frameOptions.resolve(config);
        Path ffmpeg = null;
        if (export != null && export.format() == FrameFormat.MP4) {
            ffmpeg = ffmpegLocator.get().orElseThrow(() -> new InputException(null, 0, 0,
                    "ffmpeg not found on PATH; install ffmpeg or use --format png|gif"));
        }
        OutputDirectory.check(out, OUTPUTS);
        if (export != null) {
            checkExportTarget(export);
            OutputDirectory.create(out); // frames are staged into it while the run goes
        }
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, config.steps(), System.console() != null);
        HeadlessRun.Result result;
        int frameCount = 0;
        String replayNote = "";
        boolean html = export != null && export.format() == FrameFormat.HTML;
        try (StagedOutput staged = new StagedOutput();
             FrameExportSession frames = export == null || html ? null
                     : FrameExportSession.open(out, export, config, staged, t, ffmpeg, sinkWrapper);
             ReplayExport replay = html ? new ReplayExport(config, export.frames(), t, "--frames") : null) {
            HeadlessRun.StepListener exportListener = html ? replay : frames == null ? null : frames.listener();
            result = new HeadlessRun(t, metricsEvery).run(config, new HeadlessRun.StepListener() {
                @Override
                public void atStart(Snapshot initial) {
                    if (exportListener != null) {
                        exportListener.atStart(initial);
                    }
                }

                @Override
                public void afterStep(Snapshot s) {
                    bar.update(s.step(), String.format("sigma %.3g", s.sigma()));
                    if (exportListener != null) {
                        exportListener.afterStep(s);
                    }
                }
            });
            bar.finish();
            if (frames != null) {
                frameCount = frames.finish(result.last());
            }
            Snapshot last = result.last();
            if (replay != null) {
                frameCount = replay.finish(last, staged, out.resolve(export.outputName()));
                replayNote = String.format("%d bytes, positions within %.2g (16-bit fixed point)", replay.bytes(),
                        replay.maxError());
            }
            OutputDirectory.create(out);
            staged.write(out.resolve("config.json"),
                    o -> o.write(new ConfigJson().write(config).getBytes(StandardCharsets.UTF_8)));
            staged.write(out.resolve("metrics.csv"), o -> writeMetrics(result, o));
            staged.write(out.resolve("final.csv"), o -> PointCsvWriter.write(last.positions(), o));
            staged.write(out.resolve("targets.csv"), o -> PointCsvWriter.write(last.targets().points(), o));
            staged.commit();
            if (frames != null) {
                frames.committed();
            }
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        } catch (UncheckedIOException e) {
            throw OutputDirectory.writeFailed(out, e.getCause());
        }
        Snapshot last = result.last();
        MetricsRow end = result.metrics().get(result.metrics().size() - 1);
        spec.commandLine().getOut().printf("%s: %d steps, sigma %.4g, MMD^2 %.3g, sliced W2 %.3g%s -> %s%n",
                config.params().flow().displayName(), last.step(), end.sigma(), end.mmd2(), end.slicedW2(),
                end.modesCovered() == null ? "" : String.format(", %d modes covered, in-mode fraction %.3f",
                        end.modesCovered(), end.inModeFraction()), out);
        if (html) {
            spec.commandLine().getOut().printf("replay: %d frames, %s -> %s%n", frameCount, replayNote,
                    out.resolve(export.outputName()));
        } else if (export != null) {
            spec.commandLine().getOut().printf("frames: %d x %dx%d %s -> %s%n", frameCount, export.width(),
                    export.height(), export.format().id(), out.resolve(export.outputName()));
        }
        if (result.paused()) {
            err.println("paused: " + last.pauseReason() + " (outputs hold the last good state)");
            return FlowExplorerCli.PAUSED;
        }
        return 0;
    }

    /** The export's file or directory must not exist as the other kind. */
    private void checkExportTarget(FrameExportSpec export) {
        Path target = out.resolve(export.outputName());
        if (export.format() == FrameFormat.PNG ? Files.exists(target) && !Files.isDirectory(target) : Files.isDirectory(target)) {
            throw InputException.forKey("--out " + out, export.outputName() + " exists as a "
                    + (Files.isDirectory(target) ? "directory" : "file") + "; remove it or choose another --out");
        }
    }

    private static void writeMetrics(HeadlessRun.Result result, java.io.OutputStream o) throws IOException {
        ColumnCsvWriter csv = ColumnCsvWriter.onStream(o, MetricsRow.COLUMNS);
        for (MetricsRow r : result.metrics()) {
            csv.row(r.step(), r.sigma(), r.mmd2(), r.slicedW2(),
                    r.modesCovered() == null ? Double.NaN : r.modesCovered(),
                    r.inModeFraction() == null ? Double.NaN : r.inModeFraction(),
                    r.msPerStep() == null ? Double.NaN : r.msPerStep());
        }
        csv.flush();
    }
}
