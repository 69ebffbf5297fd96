package org.flowexplorer.app.window;

import javafx.application.Application;

/** Entry point used by the launcher: starts the JavaFX application. */
public final class GuiMain {
    private GuiMain() {
    }

    public static void launch(String[] args) {
        Application.launch(FlowExplorerApp.class, args);
    }
}
