package org.flowexplorer.app.keys;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one place where key presses become actions. Installed as an event filter on the window, so
 * it sees every key before any control does and survives the scene's root being swapped (compare
 * mode): a shortcut acts on the view that is shown, whatever was clicked last — a slider keeps
 * neither → nor letters, a check box keeps neither Space nor R. Only a text field being typed in
 * keeps its keys (Ctrl shortcuts still work); Enter commits and Esc abandons the field and gives
 * the keys back to the window. Views push a {@link KeyLayer} when they appear and remove it when
 * they go. FX thread only.
 */
public final class KeyDispatcher {
    private final Deque<KeyLayer> layers = new ArrayDeque<>();
    private final Window window;

    private KeyDispatcher(Window window) {
        this.window = window;
    }

    /** Installs a dispatcher on {@code window}; it removes itself when the window is hidden. */
    public static KeyDispatcher install(Window window) {
        KeyDispatcher d = new KeyDispatcher(window);
        EventHandler<KeyEvent> filter = d::keyPressed;
        window.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                window.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
                window.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                d.layers.clear();
            }
        });
        return d;
    }

    /** Puts {@code layer} on top; its bindings win until it is removed. */
    public KeyLayer push(KeyLayer layer) {
        layers.push(layer);
        return layer;
    }

    /** Removes {@code layer} wherever it is in the stack. */
    public void remove(KeyLayer layer) {
        layers.removeIf(l -> l == layer);
    }

    /** The layer on top, or null. */
    public KeyLayer top() {
        return layers.peek();
    }

    /**
     * Runs the action {@code s} has in the views shown, as its key would; returns false if no
     * shown view binds it.
     */
    public boolean dispatch(Shortcut s) {
        for (KeyLayer l : layers) {
            Runnable r = l.action(s);
            if (r != null) {
                r.run();
                return true;
            }
            if (l.opaque()) {
                return false;
            }
        }
        return false;
    }

    private void keyPressed(KeyEvent e) {
        Scene scene = window.getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof TextInputControl field && typing(e, field, scene)) {
            return;
        }
        Shortcut s = Shortcut.of(e);
        if (s != null && dispatch(s)) {
            e.consume();
        }
    }

    /**
     * A key in a text field: true if the field keeps it. Enter and Esc go to the field first (it
     * commits on Enter; a numeric field puts its last good value back on Esc) and then the field
     * gives the keys back to the window.
     */
    private static boolean typing(KeyEvent e, TextInputControl field, Scene scene) {
        if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER && field instanceof TextField) {
            Platform.runLater(() -> {
                if (field.isFocused() && field.getScene() == scene) {
                    scene.getRoot().requestFocus();
                }
            });
            return true;
        }
        return !(e.isShortcutDown() && !e.isAltDown());
    }
}
