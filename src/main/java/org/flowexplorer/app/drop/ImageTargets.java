package org.flowexplorer.app.drop;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.ImageDataset;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.SimulationFactory;

/**
 * A picture as the targets ({@code image:PATH}): its M targets are drawn from its dark or opaque
 * pixels with the run's seed, and the run restarts at step 0 with the current dynamics. A file
 * that is not a usable picture becomes a notification and the current targets stay. FX thread.
 */
public final class ImageTargets {
    private final ExplorerController c;

    public ImageTargets(ExplorerController c) {
        this.c = c;
    }

    /** Makes {@code file} the targets; false (after a notification) if it cannot be used. */
    public boolean load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        RunConfig next = c.dataModel().applied().withDataset(ImageDataset.PREFIX + abs)
                .withParams(c.dynamicsModel().current()).withChanges(List.of());
        Dataset targets;
        try {
            targets = SimulationFactory.targets(next);
        } catch (InputException e) {
            c.notifier().error("Picture not loaded: " + e.getMessage());
            return false;
        }
        if (c.dataPanel().panel().lookup("#datasetBox") instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<String> names = (ComboBox<String>) box;
            if (!names.getItems().contains(next.dataset())) {
                names.getItems().add(next.dataset());
            }
        }
        c.dataModel().load(next);
        c.worker().rebuild(next);
        c.canvas().requestFit();
        c.notifier().info("Targets: " + targets.points().size() + " points drawn from the dark pixels of " + abs.getFileName()
                + " (change M for more); restarted at step 0");
        return true;
    }
}
