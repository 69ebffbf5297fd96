package org.flowexplorer.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of output files that appear together or not at all: each {@link #write} goes to a
 * temporary file, {@link #commit} moves them all into place, and {@link #close} without a commit
 * (an exception, a cancel) deletes every temporary file, so a failed export leaves nothing behind.
 */
public final class StagedOutput implements AutoCloseable {
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private boolean committed;
    private boolean stopped;

    /** Writes the content of {@code target} to a temporary file beside it. */
    public synchronized void write(Path target, IoWriter body) throws IOException {
        beforeStaging(target);
        staged.put(target, AtomicFiles.writeTemporary(target, body));
    }

    /**
     * Reserves an empty temporary file beside {@code target} for content produced by other means
     * (a stream kept open across frames, an external process) and returns its path. It is moved
     * into place by {@link #commit} and deleted by {@link #abort}, like any staged file.
     */
    public synchronized Path reserve(Path target) throws IOException {
        beforeStaging(target);
        Path tmp = AtomicFiles.createTemporary(target);
        staged.put(target, tmp);
        return tmp;
    }

    /** The files staged so far, in the order they were written. */
    public synchronized List<Path> targets() {
        return new ArrayList<>(staged.keySet());
    }

    /** Moves every staged file over its target. */
    public synchronized void commit() throws IOException {
        requireRunning();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            AtomicFiles.moveIntoPlace(e.getValue(), e.getKey());
        }
        staged.clear();
        committed = true;
    }

    /** Deletes every staged file that has not been committed. */
    public synchronized void abort() {
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the file is hidden (dot-prefixed) and named *.part
            }
        }
        staged.clear();
    }

    /**
     * For a shutdown (SIGTERM, Ctrl+C): deletes every staged file and refuses new ones, so the
     * program's still-running threads cannot leave another partial file behind. A write in progress
     * finishes first (the methods are synchronized), then its file is deleted too. Returns how
     * many staged files there were.
     */
    public synchronized int stop() {
        stopped = true;
        int n = staged.size();
        abort();
        return n;
    }

    /** Checks this output still takes files and drops an earlier staged version of {@code target}. */
    private void beforeStaging(Path target) throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        requireRunning();
        Path old = staged.remove(target);
        if (old != null) {
            Files.deleteIfExists(old);
        }
    }

    private void requireRunning() throws IOException {
        if (stopped) {
            throw new IOException("the program is stopping: output discarded");
        }
    }

    @Override
    public void close() {
        abort();
    }
}
