package org.flowexplorer.app.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one TestFX fixture of the window tests: before each test it points the user folder
 * ({@code flowexplorer.home}) at a fresh temporary folder, opens the explorer window on a new
 * stage of the given size with the given first run, and after the test closes it (which stops
 * its threads) and deletes the folder. Register it with {@code @RegisterExtension}. Also the
 * place of the waiting helpers: {@link #until} polls a condition, {@link #fx} runs on the FX thread.
 */
public final class WindowFixture implements BeforeEachCallback, AfterEachCallback {
    private final RunConfig config;
    private final double width;
    private final double height;
    private final FxRobot robot = briskRobot();
    private final java.util.Map<String, String> userFiles = new java.util.LinkedHashMap<>();
    private Path home;
    private String oldHome;
    private ExplorerWindow window;

    private WindowFixture(RunConfig config, double width, double height) {
        this.config = config;
        this.width = width;
        this.height = height;
    }

    /** The window as the application opens it: the first-start preset (N = M = 1000) at 1280×800. */
    public static WindowFixture firstStart() {
        return new WindowFixture(null, 1280, 800);
    }

    /** The first-start preset with {@code n} particles and targets (quick steps on a busy machine), 1280×800. */
    public static WindowFixture small(int n) {
        return of(new PresetLibrary().require(ExplorerWindow.FIRST_PRESET).config().withSizes(n, n), 1280, 800);
    }

    /** The window on {@code config} at {@code width} × {@code height}. */
    public static WindowFixture of(RunConfig config, double width, double height) {
        return new WindowFixture(config, width, height);
    }

    /** Writes {@code text} to {@code path} (relative to the user folder) before the window opens. */
    public WindowFixture withUserFile(String path, String text) {
        userFiles.put(path, text);
        return this;
    }

    /**
     * TestFX's robot, except that typing a key does not sleep 25 ms after the release: press and
     * release already wait until the FX thread has handled them, so the pause only paced the test.
     */
    private static FxRobot briskRobot() {
        return new FxRobot() {
            @Override
            public FxRobot type(KeyCode... keys) {
                for (KeyCode k : keys) {
                    press(k);
                    release(k);
                }
                return this;
            }

            @Override
            public FxRobot type(KeyCode key, int times) {
                for (int i = 0; i < times; i++) {
                    type(key);
                }
                return this;
            }
        };
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("fe-home");
        for (var f : userFiles.entrySet()) {
            Path file = home.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        oldHome = System.getProperty("flowexplorer.home");
        System.setProperty("flowexplorer.home", home.toString());
        FxToolkit.registerPrimaryStage();
        window = fx(() -> {
            Stage stage = new Stage();
            ExplorerWindow w = config == null ? ExplorerWindow.open(stage)
                    : ExplorerWindow.open(stage, config, new PresetLibrary(PresetLibrary.defaultUserDirectory()),
                    width, height);
            stage.toFront();
            stage.requestFocus();
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
        }
        if (oldHome == null) {
            System.clearProperty("flowexplorer.home");
        } else {
            System.setProperty("flowexplorer.home", oldHome);
        }
        deleteTree(home);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public ExplorerWindow window() {
        return window;
    }

    public ExplorerController c() {
        return window.controller();
    }

    public Stage stage() {
        return window.stage();
    }

    /** The user folder of this test (presets, drawings). */
    public Path home() {
        return home;
    }

    public FxRobot robot() {
        return robot;
    }

    /** The engine's latest snapshot. */
    public Snapshot latest() {
        return c().worker().latest();
    }

    /** Polls {@code condition} (on the test thread) every 20 ms for up to 30 s. */
    public static void until(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
    }

    /** Polls {@code condition} on the FX thread every 20 ms for up to 30 s. */
    public static void untilFx(String what, Callable<Boolean> condition) {
        until(what, () -> fx(condition));
    }

    /** Runs {@code task} on the FX thread and returns its value. */
    public static <T> T fx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX task failed", e);
        }
    }

    /**
     * Saves a PNG of {@code scene} as {@code NAME.png} in the folder named by the system property
     * {@code explorer.screenshots}, if set (for looking at what a test saw); does nothing otherwise.
     */
    public static void screenshot(javafx.scene.Scene scene, String name) {
        String dir = System.getProperty("explorer.screenshots");
        if (dir == null) {
            return;
        }
        try {
            javafx.scene.image.WritableImage img = fx(() -> scene.snapshot(null));
            Files.createDirectories(Path.of(dir));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                    Path.of(dir, name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".png").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits up to 30 s for {@code f} (a pause, a save) and returns its value. */
    public static <T> T await(java.util.concurrent.Future<T> f) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("waiting failed", e);
        }
    }

    /** Runs {@code task} on the FX thread and waits for it. */
    public static void run(Runnable task) {
        fx(() -> {
            task.run();
            return null;
        });
    }
}
