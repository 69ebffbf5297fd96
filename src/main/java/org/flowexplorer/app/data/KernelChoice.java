package org.flowexplorer.app.data;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.flowexplorer.core.kernel.KernelStatus;

/**
 * The DATA panel's kernel choice (configuration key {@code kernel}: exact, grid, auto) and the
 * line under it that says which sums the run uses now: "exact sums" or, in grid mode, a warning
 * "grid mode, about 0.5 % error" (the engine's running measurement). The choice is a dynamics
 * parameter: it applies from the next step, without a reset. FX thread only.
 */
public final class KernelChoice {
    private final ComboBox<String> box;
    private final Label label;
    private final Label status;
    private KernelStatus shown;
    private boolean updating;

    KernelChoice(ComboBox<String> box, Label label, Label status) {
        this.box = box;
        this.label = label;
        this.status = status;
        status.setTooltip(new Tooltip());
    }

    /** Offers these modes; the choice is hidden while there is only one. */
    public void setModes(List<String> modes) {
        updating = true;
        try {
            box.getItems().setAll(modes);
            box.setValue(modes.isEmpty() ? null : modes.get(0));
        } finally {
            updating = false;
        }
        boolean choice = modes.size() > 1;
        for (Node n : new Node[] {box, label}) {
            n.setVisible(choice);
            n.setManaged(choice);
        }
    }

    /** Calls {@code chosen} with the mode the user picks (not when {@link #show} sets it). */
    public void onChoice(Consumer<String> chosen) {
        box.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                chosen.accept(b);
            }
        });
    }

    /** Shows the configured mode without reporting it as a choice. */
    public void show(String mode) {
        updating = true;
        try {
            box.setValue(mode);
        } finally {
            updating = false;
        }
    }

    /** Shows the kernel sums of the step shown (null: unknown, the line is left as it is). */
    public void showStatus(KernelStatus s) {
        if (s == null || s.equals(shown)) {
            return;
        }
        shown = s;
        status.setText(s.grid() ? "⚠ " + s.label() : "exact sums");
        status.getTooltip().setText("Kernel sums of the last step: " + s.path());
        status.getStyleClass().remove("warning");
        if (s.grid()) {
            status.getStyleClass().add("warning");
        }
    }

    /** The current mode in the box. */
    public String value() {
        return box.getValue();
    }

    /** The status line ("exact sums" or "⚠ grid mode, about x % error"). */
    public Label status() {
        return status;
    }
}
