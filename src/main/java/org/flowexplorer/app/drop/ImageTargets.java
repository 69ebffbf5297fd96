package org.flowexplorer.app.drop;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flowexplorer.app.control.Notifier;
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
    private final Supplier<RunConfig> current;
    private final Consumer<RunConfig> load;
    private final Notifier notifier;

    /**
     * @param current  the configuration of the current run (data and dynamics as they are now)
     * @param load     replaces the run by one built from a configuration, at step 0
     * @param notifier the notification bar
     */
    public ImageTargets(Supplier<RunConfig> current, Consumer<RunConfig> load, Notifier notifier) {
        this.current = current;
        this.load = load;
        this.notifier = notifier;
    }

    /** Makes {@code file} the targets; false (after a notification) if it cannot be used. */
    public boolean load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        RunConfig next = current.get().withDataset(ImageDataset.PREFIX + abs).withChanges(List.of());
        Dataset targets;
        try {
            targets = SimulationFactory.targets(next);
        } catch (InputException e) {
            notifier.error("Picture not loaded: " + e.getMessage());
            return false;
        }
        load.accept(next);
        notifier.info("Targets: " + targets.points().size() + " points drawn from the dark pixels of " + abs.getFileName()
                + " (change M for more); restarted at step 0");
        return true;
    }
}
