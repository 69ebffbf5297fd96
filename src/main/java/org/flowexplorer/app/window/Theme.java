package org.flowexplorer.app.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Parent;

/**
 * Light or dark: the AtlantaFX Primer stylesheet of the whole application, the {@code dark}
 * style class of the window's root, and every listener that draws its own pixels (canvas
 * background, σ plot, compare panes). FX thread only.
 */
public final class Theme {
    private final Parent root;
    private final List<Consumer<Boolean>> listeners = new ArrayList<>();
    private boolean dark;

    public Theme(Parent root) {
        this.root = root;
    }

    /** Sets the light theme's stylesheet (before the window is shown). */
    public static void useLight() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Tells {@code l} of every switch (true = dark). */
    public void addListener(Consumer<Boolean> l) {
        listeners.add(l);
    }

    public void setDark(boolean on) {
        if (on == dark) {
            return;
        }
        dark = on;
        Application.setUserAgentStylesheet(on ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().remove("dark");
        if (on) {
            root.getStyleClass().add("dark");
        }
        listeners.forEach(l -> l.accept(on));
    }

    public boolean dark() {
        return dark;
    }
}
