package org.flowexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.PointCsvWriter;
import org.flowexplorer.core.export.FrameExportSession;
import org.flowexplorer.core.export.FrameExportSpec;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.export.FrameSink;
import org.flowexplorer.core.export.Mp4PipeWriter;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.OutputFolder;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.replay.ReplayExport;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.sim.MemoryBudget;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: runs a configuration headless and writes {@code config.json}, {@code metrics.csv},
 * {@code final.csv} and {@code targets.csv} into the output directory, all at once at the end
 * (a failed run leaves no partial files). With {@code --frames K} it also exports K frames drawn by
 * the rasterizer, as a PNG sequence, an animated GIF or an MP4; frames are staged while the run
 * goes and appear together with the other files only when everything succeeded. {@code --format html}
 * writes one self-contained interactive {@code replay.html} of the K frames instead. The folder is held
 * by an {@link OutputFolder}: one run at a time, partial files of killed runs removed, and no
 * frames or animation of an earlier run left beside the new results.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a simulation headless and write its results.",
            "Without --preset or --config the 25gaussians-sd preset is used."})
final class RunCommand implements Callable<Integer> {
    private static final List<String> OUTPUTS = List.of("config.json", "metrics.csv", "final.csv", "targets.csv");

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

    @Option(names = "--ffmpeg-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Stop ffmpeg if it takes no frame, or does not finish, within this time. Default: ${DEFAULT-VALUE}.")
    int ffmpegTimeout;

    /** Test seam: wraps the frame sink (e.g. with one that fails after a few frames). */
    UnaryOperator<FrameSink> sinkWrapper = UnaryOperator.identity();

    /** Test seam: finds ffmpeg (default: on the PATH environment variable). */
    Supplier<Optional<Path>> ffmpegLocator = () -> Mp4PipeWriter.locate(System.getenv("PATH"));

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RunFile file = source.resolveFile(err);
        RunConfig config = file.config();
        // with frames, config.json names the look they were drawn with (the defaults if none was given)
        RunFile drawn = frameOptions.frames != null ? file.withView(file.viewOrDefaults()) : file;
        if (metricsEvery < 1) {
            throw InputException.forKey("--metrics-every", "must be at least 1, got " + metricsEvery);
        }
        if (ffmpegTimeout < 1 || ffmpegTimeout > 86_400) {
            throw InputException.forKey("--ffmpeg-timeout", "must be between 1 and 86400 seconds, got " + ffmpegTimeout);
        }
        int t = threads.resolve();
        FrameExportSpec export = frameOptions.resolve(config);
        Path ffmpeg = null;
        if (export != null && export.format() == FrameFormat.MP4) {
            ffmpeg = ffmpegLocator.get().orElseThrow(() -> InputException.forKey("--format mp4",
                    "ffmpeg not found on PATH; install ffmpeg or use --format png|gif"));
        }
        OutputDirectory.check(out, OUTPUTS.toArray(String[]::new));
        if (export != null) {
            checkExportTarget(export);
            MemoryBudget.require(export.workingBytes(t), "--size " + export.width() + "x" + export.height(),
                    String.format(Locale.ROOT, "frames of %dx%d pixels (%s, %d threads)", export.width(),
                            export.height(), export.format().id(), t));
        }
        ConfigSource.warnUnstable(config, err);
        HeadlessRun.Result result;
        int frameCount = 0;
        String replayNote = "";
        boolean html = export != null && export.format() == FrameFormat.HTML;
        try (OutputFolder folder = OutputFolder.open(out, "--out " + out, err);
             StagedOutput staged = folder.stage();
             FrameExportSession frames = export == null || html ? null : FrameExportSession.open(out, export, drawn,
                     staged, t, ffmpeg, Duration.ofSeconds(ffmpegTimeout), sinkWrapper);
             ReplayExport replay = html ? new ReplayExport(config, export.frames(), t, "--frames") : null;
             ProgressDisplay bar = ProgressDisplay.open("run", config.steps(), "steps")) {
            if (folder.removedDebris() > 0) {
                err.println("note: removed " + folder.removedDebris() + " partial files of an interrupted run from " + out);
            }
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
                    bar.stepTo(s.step());
                    if (exportListener != null) {
                        exportListener.afterStep(s);
                    }
                }
            });
            if (frames != null) {
                frameCount = frames.finish(result.last());
            }
            if (replay != null) {
                frameCount = replay.finish(result.last(), staged, out.resolve(export.outputName()));
                replayNote = String.format(Locale.ROOT, "%d bytes, positions within %.2g (16-bit fixed point)",
                        replay.bytes(), replay.maxError());
            }
            commit(staged, drawn, result);
            List<String> produced = new ArrayList<>(OUTPUTS);
            if (frames != null) {
                frames.committed();
            }
            if (export != null) {
                produced.add(export.outputName());
            }
            folder.removeOutputsNotIn(produced);
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        } catch (UncheckedIOException e) {
            throw OutputDirectory.writeFailed(out, e.getCause());
        }
        report(config, result, export, frameCount, replayNote);
        if (result.paused()) {
            err.println("paused: " + result.last().pauseReason() + " (outputs hold the last good state)");
            return FlowExplorerCli.PAUSED;
        }
        return 0;
    }

    private void commit(StagedOutput staged, RunFile config, HeadlessRun.Result result) throws IOException {
        Snapshot last = result.last();
        staged.write(out.resolve("config.json"),
                o -> o.write(new ConfigJson().write(config).getBytes(StandardCharsets.UTF_8)));
        staged.write(out.resolve("metrics.csv"), o -> MetricsRow.writeCsv(result.metrics(), o));
        staged.write(out.resolve("final.csv"), o -> PointCsvWriter.write(last.positions(), o));
        staged.write(out.resolve("targets.csv"), o -> PointCsvWriter.write(last.targets().points(), o));
        staged.commit();
    }

    /** "SD flow", or "SD flow → SVGD" when recorded changes switched the flow before {@code step}. */
    static String flowNames(RunConfig config, long step) {
        String first = config.params().flow().displayName();
        String last = config.paramsAt(Math.max(0, step - 1)).flow().displayName();
        return first.equals(last) ? first : first + " → " + last;
    }

    private void report(RunConfig config, HeadlessRun.Result result, FrameExportSpec export, int frameCount,
                        String replayNote) {
        Snapshot last = result.last();
        MetricsRow end = result.metrics().get(result.metrics().size() - 1);
        int cap = MetricsCalculator.RUN_MMD_POINTS;
        String thinned = config.particles() > cap || config.targets() > cap
                ? String.format(" (on %d of %d particles, %d of %d targets)", Math.min(cap, config.particles()),
                        config.particles(), Math.min(cap, config.targets()), config.targets()) : "";
        String grid = last.kernel() != null && last.kernel().grid() ? " (" + last.kernel().label() + ")" : "";
        spec.commandLine().getOut().printf("%s%s: %d steps, sigma %.4g, MMD^2 %.3g%s, sliced W2 %.3g%s -> %s%n",
                flowNames(config, last.step()), grid, last.step(), end.sigma(), end.mmd2(), thinned,
                end.slicedW2(),
                end.modesCovered() == null ? "" : String.format(", %d modes covered, in-mode fraction %.3f",
                        end.modesCovered(), end.inModeFraction()), out);
        if (export != null && export.format() == FrameFormat.HTML) {
            spec.commandLine().getOut().printf("replay: %d frames, %s -> %s%n", frameCount, replayNote,
                    out.resolve(export.outputName()));
        } else if (export != null) {
            spec.commandLine().getOut().printf("frames: %d x %dx%d %s -> %s%n", frameCount, export.width(),
                    export.height(), export.format().id(), out.resolve(export.outputName()));
        }
    }

    /** The export's file or directory must not exist as the other kind. */
    private void checkExportTarget(FrameExportSpec export) {
        Path target = out.resolve(export.outputName());
        if (export.format() == FrameFormat.PNG ? Files.exists(target) && !Files.isDirectory(target) : Files.isDirectory(target)) {
            throw InputException.forKey("--out " + out, export.outputName() + " exists as a "
                    + (Files.isDirectory(target) ? "directory" : "file") + "; remove it or choose another --out");
        }
    }
}
