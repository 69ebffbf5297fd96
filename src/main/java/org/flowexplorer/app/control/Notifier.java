package org.flowexplorer.app.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
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
    private final List<Consumer<String>> errorListeners = new ArrayList<>();
    private String lastMessage = "";
    private boolean lastWasError;

    public Notifier(NotificationPane pane) {
        this.pane = pane;
        autoHide.setOnFinished(e -> pane.hide());
    }

    public void error(String message) {
        show(message, true);
        errorListeners.forEach(l -> l.accept(message));
    }

    /** Shows {@code what} followed by the message of the failure behind any future's wrapper. */
    public void error(String what, Throwable failure) {
        error(what + ": " + describe(failure));
    }

    /** Tells {@code l} of every error shown from now on (a log, a test). */
    public void addErrorListener(Consumer<String> l) {
        errorListeners.add(l);
    }

    /** The message of {@code e}, unwrapped from the CompletionException or ExecutionException of a future. */
    public static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof CompletionException || t instanceof ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
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
