package org.flowexplorer.app.window;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard shortcuts of the window, with the key label and the sentence the help overlay
 * shows. The one place that maps keys to actions.
 */
public enum Shortcut {
    PLAY_PAUSE("Space", "run / pause"),
    STEP("→", "take one step (pauses)"),
    RESET("R", "reset to step 0 (keeps the dynamics)"),
    FIT("F", "fit the view to the particles and targets"),
    ZOOM_IN("+", "zoom in (also the mouse wheel)"),
    ZOOM_OUT("−", "zoom out"),
    FLOW_1("1", "SD flow"),
    FLOW_2("2", "MMD gradient flow"),
    FLOW_3("3", "SVGD"),
    FLOW_4("4", "Langevin"),
    FLOW_5("5", "DiffFlow"),
    AUTO_ROTATE("A", "auto-rotate a 3D dataset"),
    COMPARE("C", "compare mode: 2–4 flows side by side (C or Esc goes back)"),
    PRESENTER("P", "presenter mode: hide the side panels, large read-outs"),
    SAVE("Ctrl+S", "save the run at this step as JSON, slider changes included (replays bit for bit)"),
    OPEN("Ctrl+O", "open a saved configuration and replay it to its saved step"),
    HELP("?", "show / hide this list"),
    CLOSE_OVERLAY("Esc", "close this list");

    private final String key;
    private final String description;

    Shortcut(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The shortcut of a key press, or null. */
    public static Shortcut of(KeyEvent e) {
        if (e.isShortcutDown() && !e.isAltDown()) {
            return e.getCode() == KeyCode.S ? SAVE : e.getCode() == KeyCode.O ? OPEN : null;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return null;
        }
        return of(e.getCode(), e.getText(), e.isShiftDown());
    }

    /** The shortcut of a key code, its typed text and the shift state, or null. */
    public static Shortcut of(KeyCode code, String text, boolean shift) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if ("?".equals(t) || code == KeyCode.SLASH && shift || code == KeyCode.F1) {
            return HELP;
        }
        if ("+".equals(t) || code == KeyCode.ADD || code == KeyCode.PLUS || code == KeyCode.EQUALS) {
            return ZOOM_IN;
        }
        if ("-".equals(t) || code == KeyCode.SUBTRACT || code == KeyCode.MINUS) {
            return ZOOM_OUT;
        }
        return switch (code) {
            case SPACE -> PLAY_PAUSE;
            case RIGHT -> STEP;
            case R -> RESET;
            case F -> FIT;
            case A -> AUTO_ROTATE;
            case C -> COMPARE;
            case P -> PRESENTER;
            case ESCAPE -> CLOSE_OVERLAY;
            case DIGIT1, NUMPAD1 -> FLOW_1;
            case DIGIT2, NUMPAD2 -> FLOW_2;
            case DIGIT3, NUMPAD3 -> FLOW_3;
            case DIGIT4, NUMPAD4 -> FLOW_4;
            case DIGIT5, NUMPAD5 -> FLOW_5;
            default -> null;
        };
    }

    /** The flow index 0..4 of FLOW_1..FLOW_5, else −1. */
    public int flowIndex() {
        return switch (this) {
            case FLOW_1 -> 0;
            case FLOW_2 -> 1;
            case FLOW_3 -> 2;
            case FLOW_4 -> 3;
            case FLOW_5 -> 4;
            default -> -1;
        };
    }
}
