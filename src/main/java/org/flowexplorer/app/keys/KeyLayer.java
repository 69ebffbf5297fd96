package org.flowexplorer.app.keys;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the shortcuts do in one view: the single view binds them all, compare mode the ones that
 * make sense for its panes, draw mode only Esc. An opaque layer hides the layers below it (compare
 * mode hides the single view); a transparent one lets the keys it does not bind fall through
 * (draw mode keeps Space and → of the single view).
 *
 * @param name     for messages and tests
 * @param opaque   true if keys this layer does not bind must not reach the layers below
 * @param bindings the action of each bound shortcut, run on the FX thread
 */
public record KeyLayer(String name, boolean opaque, Map<Shortcut, Runnable> bindings) {
    public KeyLayer {
        bindings = bindings.isEmpty() ? Map.of() : new EnumMap<>(bindings);
    }

    /** The action bound to {@code s}, or null. */
    public Runnable action(Shortcut s) {
        return bindings.get(s);
    }
}
