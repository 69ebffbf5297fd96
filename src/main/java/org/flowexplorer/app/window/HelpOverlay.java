package org.flowexplorer.app.window;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.flowexplorer.app.keys.Shortcut;

/**
 * The key list shown by ? over the canvas: every {@link Shortcut} with its key and what it does,
 * in two columns so that it fits a 1280×720 projector whole, and a line on the mouse. Keys never
 * shrink and descriptions wrap rather than being cut. A click or Esc closes it. FX thread only.
 */
public final class HelpOverlay {
    private final VBox box;

    public HelpOverlay(VBox box) {
        this.box = box;
        Label title = new Label("Keys");
        title.getStyleClass().add("help-title");
        GridPane grid = new GridPane();
        grid.setId("helpGrid");
        grid.setHgap(10);
        grid.setVgap(4);
        for (int c = 0; c < 4; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(cc);
        }
        List<Shortcut> all = List.of(Shortcut.values());
        int rows = (all.size() + 1) / 2;
        for (int i = 0; i < all.size(); i++) {
            Shortcut s = all.get(i);
            Label k = new Label(s.key());
            k.getStyleClass().add("key");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label d = new Label(s.description());
            d.setWrapText(true);
            d.setMinHeight(Region.USE_PREF_SIZE);
            int col = i < rows ? 0 : 2;
            grid.add(k, col, i % rows);
            grid.add(d, col + 1, i % rows);
        }
        Label mouse = new Label("Mouse: drag to pan, wheel to zoom about the pointer; on 3D data right-drag or "
                + "shift-drag to orbit. Every change of the dynamics applies on the next step; only "
                + "“Apply & reset”, R and presets restart a run.");
        mouse.setWrapText(true);
        mouse.setMinHeight(Region.USE_PREF_SIZE);
        mouse.maxWidthProperty().bind(grid.widthProperty()); // as wide as the list, at any font size
        box.getChildren().setAll(title, grid, mouse);
        box.setOnMouseClicked(e -> hide());
    }

    public void toggle() {
        box.setVisible(!box.isVisible());
    }

    public void hide() {
        box.setVisible(false);
    }

    public boolean showing() {
        return box.isVisible();
    }

    public VBox node() {
        return box;
    }
}
