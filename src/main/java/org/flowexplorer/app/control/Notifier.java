package org.flowexplorer.app.control;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;

/**
 * Shows errors and notes in the notification bar over the canvas (never only in a console).
 * Errors stay until dismissed or replaced; notes hide after a few seconds. FX thread only.
 */
public final class Notifier {
    private final NotificationPane pane;
    private final PauseTransition autoHide = new PauseTransition(Duration.seconds(5));
    private String lastMessage = "";
    private boolean lastWasError;

    public Notifier(NotificationPane pane) {
        this.pane = pane;
        autoHide.setOnFinished(e -> pane.hide());
    }

    public void error(String message) {
        show(message, true);
    }

    public void info(String message) {
        show(message, false);
    }

    private void show(String message, boolean error) {
        lastMessage = message;
        lastWasError = error;
        autoHide.stop();
        pane.getStyleClass().removeAll("error", "info");
        pane.getStyleClass().add(error ? "error" : "info");
        pane.show((error ? "⚠  " : "") + message);
        if (!error) {
            autoHide.playFromStart();
        }
    }

    public void hide() {
        pane.hide();
    }

    /** The text of the last notification shown. */
    public String lastMessage() {
        return lastMessage;
    }

    public boolean lastWasError() {
        return lastWasError;
    }

    public boolean showing() {
        return pane.isShowing();
    }
}
