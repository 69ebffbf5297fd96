package org.flowexplorer.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The explorer window (placeholder until the explorer view lands). */
public final class FlowExplorerApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("flow-explorer");
        stage.setScene(new Scene(new StackPane(new Label("flow-explorer")), 1280, 800));
        stage.show();
    }
}
