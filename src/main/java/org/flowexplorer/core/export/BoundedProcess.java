package org.flowexplorer.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flowexplorer.core.data.Excerpt;

/**
 * An external process (ffmpeg, ffprobe) that is not trusted to behave: every blocking interaction
 * with it — a write into its input, waiting for it to exit — is bounded by a timeout, after which
 * the process is killed and an {@link IOException} says what it failed to do. Its standard output
 * and error are drained on daemon threads; the last 4 KB of each are kept for messages.
 */
final class BoundedProcess {
    /** One blocking action on the process's input. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    private static final int KEEP = 4096;
    private final String name;
    private final Process process;
    private final Duration timeout;
    private final ExecutorService writer;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final Thread outDrain;
    private final Thread errDrain;

    private BoundedProcess(String name, Process process, Duration timeout) {
        this.name = name;
        this.process = process;
        this.timeout = timeout;
        this.writer = Executors.newSingleThreadExecutor(r -> daemon(r, name + "-input"));
        this.outDrain = daemon(() -> drain(process.getInputStream(), out), name + "-stdout");
        this.errDrain = daemon(() -> drain(process.getErrorStream(), err), name + "-stderr");
        outDrain.start();
        errDrain.start();
    }

    /** Starts {@code command}; {@code name} names it in messages. */
    static BoundedProcess start(List<String> command, Duration timeout, String name) throws IOException {
        return new BoundedProcess(name, new ProcessBuilder(command).start(), timeout);
    }

    OutputStream stdin() {
        return process.getOutputStream();
    }

    Duration timeout() {
        return timeout;
    }

    /** Runs {@code action} (a write, a close) within the timeout; the process is killed if it blocks longer. */
    void bounded(String what, IoAction action) throws IOException {
        Future<?> f = writer.submit(() -> {
            action.run();
            return null;
        });
        try {
            f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill();
            throw failure(name + " did not " + what + " within " + timeout.toSeconds() + " s; stopped it", null);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + name + " was working");
        } catch (ExecutionException e) {
            IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            throw failure(name + " stopped reading its input", cause);
        }
    }

    /** Waits for the process to exit within the timeout and returns its exit code. */
    int awaitExit(String what) throws IOException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw failure(name + " did not " + what + " within " + timeout.toSeconds() + " s; stopped it", null);
            }
            outDrain.join(2000);
            errDrain.join(2000);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + name);
        }
        writer.shutdown();
        return process.exitValue();
    }

    /** What the process printed on standard output (its last 4 KB). */
    String output() {
        synchronized (out) {
            return out.toString();
        }
    }

    /** Stops the process and its input thread; safe to call more than once. */
    void kill() {
        process.destroyForcibly();
        writer.shutdownNow();
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the pipe is gone with the process
        }
        try {
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An error naming what went wrong, with the end of the process's error output (escaped, bounded). */
    IOException failure(String what, IOException cause) {
        String detail;
        synchronized (err) {
            detail = err.toString().strip().replaceAll("\\s*\\R\\s*", " | ");
        }
        return new IOException(what + (detail.isEmpty() ? "" : ": " + Excerpt.of(detail, 300)), cause);
    }

    private static Thread daemon(Runnable r, String threadName) {
        Thread t = new Thread(r, threadName);
        t.setDaemon(true);
        return t;
    }

    private static void drain(InputStream in, StringBuilder keep) {
        byte[] buf = new byte[4096];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (keep) {
                    keep.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (keep.length() > KEEP) {
                        keep.delete(0, keep.length() - KEEP);
                    }
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
