package org.flowexplorer.app.run;

import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The thread behind a worker: while playing it calls {@code step} at most
 * {@link #maxStepsPerSecond()} times a second, and between steps it runs the commands queued by the
 * window. After each step or command it calls {@code afterEach} (publishing). A runtime exception
 * pauses the loop and is queued for the window to show; an {@link Error} (out of memory) is queued
 * too but ends the thread, because a JVM in that state must not keep stepping. Shared by the
 * single-run worker and the compare-mode worker so both pace and fail the same way.
 */
public final class PacedLoop implements AutoCloseable {
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean playing = new AtomicBoolean();
    private final Runnable step;
    private final Runnable afterEach;
    private final String stoppedMessage;
    private final Thread thread;
    private volatile double maxStepsPerSecond;
    private volatile boolean closed;

    /**
     * @param name           the thread's name
     * @param step           one step of the run (called on the loop thread while playing)
     * @param afterEach      called after every step and every command (e.g. to publish)
     * @param stoppedMessage prefix of the message queued when a step or command throws
     * @param maxStepsPerSecond the initial rate cap; 0 or less means as fast as possible
     */
    public PacedLoop(String name, Runnable step, Runnable afterEach, String stoppedMessage, double maxStepsPerSecond) {
        this.step = step;
        this.afterEach = afterEach;
        this.stoppedMessage = stoppedMessage;
        this.maxStepsPerSecond = maxStepsPerSecond;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /** Starts the thread (after the owner has finished constructing what {@code step} uses). */
    public void start() {
        thread.start();
    }

    public boolean playing() {
        return playing.get();
    }

    public void play() {
        playing.set(true);
        commands.add(() -> { });
    }

    /**
     * Stops stepping. The future completes on the loop thread once no step is in progress and
     * none will start until {@link #play()}: await it instead of sleeping.
     */
    public CompletableFuture<Void> pause() {
        playing.set(false);
        return barrier();
    }

    /** A future completed on the loop thread after the commands queued so far (and any step in progress). */
    public CompletableFuture<Void> barrier() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!thread.isAlive() && closed) {
            done.completeExceptionally(new IllegalStateException("the loop has stopped"));
            return done;
        }
        commands.add(() -> done.complete(null));
        return done;
    }

    /** True until the loop thread has ended (closed, or stopped by an Error). */
    public boolean alive() {
        return thread.isAlive();
    }

    void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void setMaxStepsPerSecond(double rate) {
        maxStepsPerSecond = rate;
        commands.add(() -> { });
    }

    double maxStepsPerSecond() {
        return maxStepsPerSecond;
    }

    /** Runs {@code task} on the loop thread between steps. */
    public void submit(Runnable task) {
        commands.add(task);
    }

    /** Pauses, then runs {@code task} on the loop thread. */
    public void pauseAndSubmit(Runnable task) {
        playing.set(false);
        commands.add(task);
    }

    /** Queues a message for the window. */
    public void report(String message) {
        errors.add(message);
    }

    /** The next message to show, or null. */
    public String pollError() {
        return errors.poll();
    }

    private void loop() {
        long nextDue = System.nanoTime();
        try {
            while (!closed) {
                nextDue = turn(nextDue);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            playing.set(false);
            closed = true;
            errors.add(stoppedMessage + e + " (the run cannot continue; save and restart with fewer particles)");
            throw e;
        }
    }

    /** One command, or one step when due; returns the time the next step is due. */
    private long turn(long nextDue) throws InterruptedException {
        try {
            Runnable cmd;
            if (!playing.get()) {
                cmd = commands.poll(200, TimeUnit.MILLISECONDS);
            } else {
                long wait = nextDue - System.nanoTime();
                cmd = wait > 0 ? commands.poll(wait, TimeUnit.NANOSECONDS) : commands.poll();
            }
            if (cmd != null) {
                cmd.run();
                afterEach.run();
                return nextDue;
            }
            if (playing.get() && System.nanoTime() - nextDue >= 0) {
                long due = nextDue(nextDue, System.nanoTime(), maxStepsPerSecond);
                step.run();
                afterEach.run();
                return due;
            }
        } catch (RuntimeException e) {
            playing.set(false);
            errors.add(stoppedMessage + e);
        }
        return playing.get() ? nextDue : System.nanoTime();
    }

    /**
     * When the step after one due at {@code due} (and started at {@code now}) is due under a cap of
     * {@code rate} steps per second: one period later, but never more than 50 ms in the past, so a
     * slow step does not cause a burst afterwards; {@code now} without a cap.
     */
    static long nextDue(long due, long now, double rate) {
        return rate > 0 ? Math.max(due + (long) (1e9 / rate), now - 50_000_000L) : now;
    }

    /** Stops the thread (waits up to 2 s for a step in progress). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
