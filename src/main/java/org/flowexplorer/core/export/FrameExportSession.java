package org.flowexplorer.core.export;

import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.io.StagedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.Snapshot;

/**
 * One frame export alongside a headless run, all or nothing: opens the sink for the format
 * (creating {@code frames/} for PNG), provides the run listener, finishes the files into the
 * caller's {@link StagedOutput}, and after the caller's commit removes frames of an older, longer
 * export. Closing before {@link #committed()} aborts the staged output, stops the sink (threads,
 * ffmpeg) and removes a {@code frames/} directory it created, so a failed export leaves nothing.
 */
public final class FrameExportSession implements AutoCloseable {
    private final FrameExportSpec spec;
    private final StagedOutput staged;
    private final Path framesDir;
    private final boolean createdDir;
    private final FrameSink sink;
    private final FrameExporter exporter;
    private boolean committed;

    private FrameExportSession(FrameExportSpec spec, StagedOutput staged, Path framesDir, boolean createdDir,
                               FrameSink sink, FrameExporter exporter) {
        this.spec = spec;
        this.staged = staged;
        this.framesDir = framesDir;
        this.createdDir = createdDir;
        this.sink = sink;
        this.exporter = exporter;
    }

    /**
     * Starts an export into the existing directory {@code outDir}, of the run and with the look of
     * {@code run} (the defaults when it has none).
     *
     * @param ffmpeg  the ffmpeg executable (MP4 only, else ignored)
     * @param wrapper applied to the sink (identity in production; tests inject failures here)
     */
    public static FrameExportSession open(Path outDir, FrameExportSpec spec, RunFile run, StagedOutput staged,
                                          int threads, Path ffmpeg, UnaryOperator<FrameSink> wrapper) throws IOException {
        return open(outDir, spec, run, staged, threads, ffmpeg, Mp4PipeWriter.DEFAULT_TIMEOUT, wrapper);
    }

    /**
     * As {@link #open(Path, FrameExportSpec, RunFile, StagedOutput, int, Path, UnaryOperator)} with
     * the time ffmpeg may block a frame or take to finish before it is stopped.
     */
    public static FrameExportSession open(Path outDir, FrameExportSpec spec, RunFile run, StagedOutput staged,
                                          int threads, Path ffmpeg, Duration ffmpegTimeout,
                                          UnaryOperator<FrameSink> wrapper) throws IOException {
        Path target = outDir.resolve(spec.outputName());
        boolean created = spec.format() == FrameFormat.PNG && !Files.isDirectory(target);
        if (created) {
            Files.createDirectories(target);
        }
        FrameSink sink = null;
        try {
            RunFile drawn = run.withView(run.viewOrDefaults()); // the file beside the frames names the look used
            String json = new ConfigJson().write(drawn);
            sink = wrapper.apply(switch (spec.format()) {
                case PNG -> new PngFrameWriter(target, staged, json, threads);
                case GIF -> new GifAnimationWriter(target, staged, json, spec.fps());
                case MP4 -> new Mp4PipeWriter(ffmpeg, target, staged, json, spec.fps(), spec.width(), spec.height(),
                        ffmpegTimeout);
                case HTML -> throw new IllegalArgumentException("an HTML replay has no frame sink (see core.replay)");
            });
            return new FrameExportSession(spec, staged, target, created, sink, new FrameExporter(run.config(),
                    drawn.view(), spec, sink));
        } catch (IOException | RuntimeException e) {
            if (sink != null) {
                sink.close();
            }
            staged.abort();
            if (created) {
                deleteIfEmpty(target);
            }
            throw e;
        }
    }

    /** The listener to pass to {@link HeadlessRun#run}. */
    public HeadlessRun.StepListener listener() {
        return exporter;
    }

    /** Completes the export after the run ended at {@code last}; returns the number of frames. */
    public int finish(Snapshot last) throws IOException {
        exporter.finishRun(last);
        sink.finish();
        return exporter.frames();
    }

    /** Call after the caller committed the staged output: drops stale frames of an older export. */
    public void committed() throws IOException {
        committed = true;
        if (spec.format() == FrameFormat.PNG) {
            PngFrameWriter.removeStale(framesDir, exporter.frames());
        }
    }

    @Override
    public void close() {
        exporter.close();
        sink.close();
        if (!committed) {
            staged.abort(); // temporary frames must go before their directory can
            if (createdDir) {
                deleteIfEmpty(framesDir);
            }
        }
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // not empty (files that are not ours) or already gone: leave it
        }
    }
}
