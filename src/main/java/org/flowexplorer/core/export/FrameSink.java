package org.flowexplorer.core.export;

import org.flowexplorer.core.io.StagedOutput;
import java.io.IOException;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * Receives the frames of an export in order and turns them into files staged in a
 * {@link StagedOutput} (a PNG sequence, an animated GIF, an MP4). Nothing becomes visible until
 * the caller commits the staged output after {@link #finish}; closing without finishing releases
 * every resource (threads, processes, open files) so that aborting the staged output leaves no
 * file behind.
 */
public interface FrameSink extends AutoCloseable {
    /** Takes the next frame; the sink copies what it keeps, the caller may reuse the buffer. */
    void accept(FrameBuffer frame) throws IOException;

    /**
     * Takes the next frame with its facts ({@link ConfigJson#writeFrame}: step, σ, the dynamics in
     * force), which sinks that can store text per frame keep beside it (PNG: a second text chunk);
     * by default the facts are dropped.
     */
    default void accept(FrameBuffer frame, String facts) throws IOException {
        accept(frame);
    }

    /** Completes every staged file; no frames may follow. */
    void finish() throws IOException;

    /** Releases resources; safe to call more than once and after a failure. */
    @Override
    void close();
}
