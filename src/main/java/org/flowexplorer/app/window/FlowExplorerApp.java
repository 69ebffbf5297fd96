package org.flowexplorer.app.window;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The explorer window as a JavaFX application: opens on the "25 Gaussians — SD flow" preset,
 * paused at step 0. Started by {@link GuiMain} (fat jar) or {@code mvn javafx:run}.
 */
public final class FlowExplorerApp extends Application {
    private ExplorerWindow window;

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.err.println("flow-explorer: unexpected error on " + t.getName() + ": " + e);
            if (window != null) { // never only in a console: the notification bar, from any thread
                javafx.application.Platform.runLater(() -> window.controller().notifier()
                        .error("unexpected error on " + t.getName() + ": " + e));
            }
        });
        window = ExplorerWindow.open(stage);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.controller().stop();
        }
    }
}
