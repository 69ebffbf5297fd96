package org.flowexplorer.app.window;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting helpers for the window tests. */
public final class FxWait {
    private FxWait() {
    }

    /** Polls {@code condition} every 20 ms for up to 20 s. */
    public static void until(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs {@code task} on the FX thread and returns its value. */
    public static <T> T fx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX task failed", e);
        }
    }
}
