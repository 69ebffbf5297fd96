package org.flowexplorer.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.export.FrameExportSpec;
import org.flowexplorer.core.export.FrameExportSession;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.export.FrameSchedule;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.replay.ReplayExport;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * One frame export from the window, done exactly as {@code run --config X --frames K} does it: the
 * configuration (with its recorded slider changes) is re-run headless from step 0 by
 * {@link HeadlessRun} and exported through the CLI's own {@link FrameExportSession} (the core
 * frame exporter: same rasterizer, same fitted view, same options, same PNG/GIF/MP4 writers) or,
 * for an HTML replay, the CLI's {@link ReplayExport}, all staged in a {@link StagedOutput}. The
 * frames and {@code config.json} appear together in the output folder only when everything
 * succeeded; a cancel or a failure leaves nothing behind. Free of JavaFX; runs on the calling
 * (background) thread. One job runs once.
 */
public final class ExportJob {
    /** Name of the configuration file written beside the frames. */
    public static final String CONFIG_FILE = "config.json";

    /** Progress: steps done of the total. Called on the exporting thread. */
    @FunctionalInterface
    public interface Progress {
        void update(long stepsDone, long stepsTotal);
    }

    /**
     * What an export produced.
     *
     * @param output the frames directory, GIF or MP4 file
     * @param frames the number of frames written
     * @param last   the last state of the run (paused if a step was rejected)
     */
    public record Result(Path output, int frames, Snapshot last) {
    }

    private final RunConfig config;
    private final RunFile run;
    private final FrameExportSpec spec;
    private final Path outDir;
    private final Path ffmpeg;
    private final int threads;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param run     the run to export ({@code steps} is its length) and its look
     * @param spec    frames, format, size, HUD, fps
     * @param outDir  the folder the export goes into (created if missing)
     * @param ffmpeg  the ffmpeg executable for MP4 (may be null for PNG and GIF)
     * @param threads kernel and encoder threads (results do not depend on it)
     */
    public ExportJob(RunFile run, FrameExportSpec spec, Path outDir, Path ffmpeg, int threads) {
        RunConfig config = run.config();
        FrameSchedule.steps(spec.frames(), config.steps(), "frames");
        if (spec.format() == FrameFormat.MP4 && ffmpeg == null) {
            throw new IllegalArgumentException("MP4 needs ffmpeg on the PATH; install ffmpeg or choose PNG or GIF");
        }
        this.config = config;
        this.run = run.withView(run.viewOrDefaults());
        this.spec = spec;
        this.outDir = outDir;
        this.ffmpeg = ffmpeg;
        this.threads = Math.max(1, threads);
    }

    /** The file or directory the export creates. */
    public Path output() {
        return outDir.resolve(spec.outputName());
    }

    /** Asks the running export to stop after the current step; it then leaves no files. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /**
     * Runs the export. Throws {@link CancellationException} after {@link #cancel()}, an
     * {@link IOException} when writing fails; in both cases nothing is left in the output folder.
     */
    public Result run(Progress progress) throws IOException {
        Path target = output();
        if (spec.format() == FrameFormat.PNG ? Files.exists(target) && !Files.isDirectory(target)
                : Files.isDirectory(target)) {
            throw new IOException(target + " exists as a " + (Files.isDirectory(target) ? "directory" : "file")
                    + "; remove it or choose another folder");
        }
        boolean createdOutDir = !Files.isDirectory(outDir);
        Files.createDirectories(outDir);
        String json = new ConfigJson().write(run);
        boolean done = false;
        boolean html = spec.format() == FrameFormat.HTML;
        try (StagedOutput staged = new StagedOutput();
             FrameExportSession frames = html ? null : FrameExportSession.open(outDir, spec, run, staged, threads,
                     ffmpeg, UnaryOperator.identity());
             ReplayExport replay = html ? new ReplayExport(config, spec.frames(), threads, "frames") : null) {
            HeadlessRun.StepListener exporter = html ? replay : frames.listener();
            HeadlessRun.Result result = new HeadlessRun(threads, Integer.MAX_VALUE).run(config,
                    new HeadlessRun.StepListener() {
                        @Override
                        public void atStart(Snapshot initial) {
                            checkCancelled();
                            exporter.atStart(initial);
                        }

                        @Override
                        public void afterStep(Snapshot s) {
                            checkCancelled();
                            exporter.afterStep(s);
                            progress.update(s.step(), config.steps());
                        }
                    });
            checkCancelled();
            int count = html ? replay.finish(result.last(), staged, target) : frames.finish(result.last());
            checkCancelled();
            staged.write(outDir.resolve(CONFIG_FILE), o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
            staged.commit();
            if (frames != null) {
                frames.committed();
            }
            done = true;
            return new Result(target, count, result.last());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!done && createdOutDir) {
                try {
                    Files.deleteIfExists(outDir); // only if still empty
                } catch (IOException ignored) {
                    // not empty: leave it
                }
            }
        }
    }

    private void checkCancelled() {
        if (cancelled.get()) {
            throw new CancellationException("export cancelled");
        }
    }
}
