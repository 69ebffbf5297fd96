package org.flowexplorer.app.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.flowexplorer.app.keys.KeyDispatcher;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Builds the explorer window on a stage: theme, FXML, stylesheet, keys, and the first run, and
 * stops the worker threads when the window closes. Used by {@link FlowExplorerApp} and the UI tests.
 */
public final class ExplorerWindow {
    /** The preset the window opens with. */
    public static final String FIRST_PRESET = "25gaussians-sd";

    private final Stage stage;
    private final ExplorerController controller;

    private ExplorerWindow(Stage stage, ExplorerController controller) {
        this.stage = stage;
        this.controller = controller;
    }

    /** Opens the window with the first-start preset, paused at step 0. */
    public static ExplorerWindow open(Stage stage) {
        PresetLibrary presets = new PresetLibrary(PresetLibrary.defaultUserDirectory());
        return open(stage, presets.require(FIRST_PRESET).config(), presets, 1280, 800);
    }

    /** Opens the window on {@code config}, paused at step 0. */
    public static ExplorerWindow open(Stage stage, RunConfig config, PresetLibrary presets, double width, double height) {
        Theme.useLight();
        FXMLLoader loader = new FXMLLoader(ExplorerWindow.class.getResource("explorer.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the window layout", e);
        }
        ExplorerController c = loader.getController();
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(ExplorerWindow.class.getResource("explorer.css").toExternalForm());
        // every core for the kernel sums, which are nearly all of a step; drawing and the FX thread need
        // little and the OS shares the cores (with cores − 1, N = M = 10,000 ran at half the speed on 2 cores)
        int threads = Runtime.getRuntime().availableProcessors();
        c.start(config, presets, threads, KeyDispatcher.install(stage));
        stage.setTitle("flow-explorer");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnHidden(e -> c.stop());
        stage.show();
        root.requestFocus();
        return new ExplorerWindow(stage, c);
    }

    public Stage stage() {
        return stage;
    }

    public ExplorerController controller() {
        return controller;
    }
}
