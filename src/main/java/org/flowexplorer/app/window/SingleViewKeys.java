package org.flowexplorer.app.window;

import java.util.EnumMap;
import java.util.Map;
import org.flowexplorer.app.data.DataPanelController;
import org.flowexplorer.app.dynamics.DynamicsPanelController;
import org.flowexplorer.app.keys.Shortcut;
import org.flowexplorer.app.lesson.LessonActions;
import org.flowexplorer.app.overlay.CurlOverlay;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.core.flow.FlowKind;

/** What every shortcut does in the single view: mostly what its button or menu item does. */
final class SingleViewKeys {
    private SingleViewKeys() {
    }

    static Map<Shortcut, Runnable> bindings(TopBarController top, LessonActions lessons, DataPanelController data,
                                            DynamicsPanelController dynamics, CanvasView canvas, HelpOverlay help,
                                            CurlOverlay curl) {
        Map<Shortcut, Runnable> m = new EnumMap<>(Shortcut.class);
        top.bindKeys(m);
        lessons.bindKeys(m);
        m.put(Shortcut.FIT, data.fitButton()::fire);
        m.put(Shortcut.ZOOM_IN, () -> canvas.zoom(1.25));
        m.put(Shortcut.ZOOM_OUT, () -> canvas.zoom(0.8));
        m.put(Shortcut.AUTO_ROTATE, data.autoRotateCheck()::fire);
        m.put(Shortcut.CLOSE_OVERLAY, () -> {
            help.hide();
            curl.clearCircles();
        });
        for (Shortcut s : Shortcut.values()) {
            if (s.flowIndex() >= 0) {
                m.put(s, () -> dynamics.selectFlow(FlowKind.values()[s.flowIndex()]));
            }
        }
        return m;
    }
}
