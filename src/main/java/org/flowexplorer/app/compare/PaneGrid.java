package org.flowexplorer.app.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * Lays out 2 to 4 compare panes in equal cells: 2 or 3 side by side in one row, 4 as 2 × 2, so
 * every pane has the same size and the shared camera shows the same region in each.
 */
public final class PaneGrid {
    private final GridPane grid = new GridPane();

    public PaneGrid() {
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        grid.setId("compareGrid");
    }

    public GridPane node() {
        return grid;
    }

    /** Columns for {@code n} panes: one row up to 3, two columns for 4. */
    public static int columns(int n) {
        return n == 4 ? 2 : n;
    }

    /** Replaces the cells by {@code panes}, in reading order. */
    public void show(List<? extends Node> panes) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int n = panes.size();
        int cols = columns(n);
        int rows = (n + cols - 1) / cols;
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            grid.add(panes.get(i), i % cols, i / cols);
        }
    }
}
