package org.flowexplorer.app.keys;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard shortcuts of the window, with the key label and the sentence the help overlay
 * shows: the one map from keys to actions, used by the single view, compare mode and draw mode
 * through a {@link KeyDispatcher}. What each shortcut does is bound by the view that is shown.
 */
public enum Shortcut {
    PLAY_PAUSE("Space", "run / pause"),
    STEP("→", "one step (pauses)"),
    RESET("R", "back to step 0, dynamics kept"),
    FIT("F", "fit the view to the data"),
    ZOOM_IN("+", "zoom in (or the mouse wheel)"),
    ZOOM_OUT("−", "zoom out"),
    FLOW_1("1", "SD flow"),
    FLOW_2("2", "MMD gradient flow"),
    FLOW_3("3", "SVGD"),
    FLOW_4("4", "Langevin"),
    FLOW_5("5", "DiffFlow"),
    AUTO_ROTATE("A", "auto-rotate 3D data"),
    COMPARE("C", "compare mode (C or Esc: back)"),
    PRESENTER("P", "presenter mode for a projector"),
    SAVE("Ctrl+S", "save the run as JSON (replays exactly)"),
    OPEN("Ctrl+O", "open a saved run, replayed to its step"),
    EXPORT("Ctrl+E", "export frames (PNG, GIF, MP4)"),
    NEXT_SLIDE("PgDn", "lesson: next slide, set up afresh"),
    PREVIOUS_SLIDE("PgUp", "lesson: previous slide"),
    HELP("?", "show / hide this list"),
    CLOSE_OVERLAY("Esc", "close this list, draw mode or a text field");

    private final String key;
    private final String description;

    Shortcut(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The key as the help overlay names it. */
    public String key() {
        return key;
    }

    /** What the key does, in a few words. */
    public String description() {
        return description;
    }

    /** The shortcut of a key press, or null. */
    public static Shortcut of(KeyEvent e) {
        if (e.isShortcutDown() && !e.isAltDown()) {
            return switch (e.getCode()) {
                case S -> SAVE;
                case O -> OPEN;
                case E -> EXPORT;
                default -> null;
            };
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return null;
        }
        return of(e.getCode(), e.getText(), e.isShiftDown());
    }

    /** The shortcut of a key code, its typed text and the shift state (no Ctrl/Alt/Meta), or null. */
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
            case PAGE_DOWN -> NEXT_SLIDE;
            case PAGE_UP -> PREVIOUS_SLIDE;
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
