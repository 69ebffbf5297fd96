package org.flowexplorer.app.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Shortcut: the key map. */
class ShortcutTest {
    @Test
    void keyMap() {
        assertEquals(Shortcut.PLAY_PAUSE, Shortcut.of(KeyCode.SPACE, " ", false));
        assertEquals(Shortcut.STEP, Shortcut.of(KeyCode.RIGHT, "", false));
        assertEquals(Shortcut.HELP, Shortcut.of(KeyCode.SLASH, "?", true));
        assertEquals(Shortcut.FLOW_5, Shortcut.of(KeyCode.DIGIT5, "5", false));
        assertEquals(4, Shortcut.FLOW_5.flowIndex());
        assertEquals(Shortcut.ZOOM_OUT, Shortcut.of(KeyCode.MINUS, "-", false));
        assertFalse(Shortcut.of(KeyCode.Q, "q", false) != null);
    }
}
