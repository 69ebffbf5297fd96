package org.flowexplorer.app.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.flowexplorer.core.data.BaseDistribution;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.data.ImageDataset;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The view model of the DATA panel. Changing the target, the start distribution, N, M or the seed
 * needs new particles, so edits are staged as a pending configuration; nothing resets until the
 * user applies them ({@link #apply()}), or throws them away ({@link #revert()}). Free of JavaFX.
 */
public final class DataModel {
    private final List<Consumer<DataModel>> listeners = new ArrayList<>();
    private RunConfig applied;
    private RunConfig pending;

    public DataModel(RunConfig initial) {
        this.applied = initial;
        this.pending = initial;
    }

    /** The configuration the running simulation was built from. */
    public RunConfig applied() {
        return applied;
    }

    /** The configuration the panel shows, possibly with unapplied edits. */
    public RunConfig pending() {
        return pending;
    }

    /** True when the panel holds edits that need a reset to take effect. */
    public boolean dirty() {
        return !sameData(applied, pending);
    }

    public void addListener(Consumer<DataModel> l) {
        listeners.add(l);
    }

    public static List<String> datasets() {
        return DatasetCatalog.names();
    }

    public static List<String> bases() {
        List<String> ids = new ArrayList<>();
        for (BaseDistribution b : BaseDistribution.values()) {
            ids.add(b.id());
        }
        return ids;
    }

    /** Dimension of a generated dataset (2 or 3); pictures ({@code image:}) are 2D. */
    public static int dimension(String dataset) {
        return dataset.startsWith(ImageDataset.PREFIX) ? 2 : DatasetCatalog.synthetic(dataset).dim();
    }

    public void setDataset(String id) {
        if (!id.startsWith(DatasetCatalog.CSV_PREFIX) && !id.startsWith(ImageDataset.PREFIX)) {
            DatasetCatalog.synthetic(id);
        }
        stage(pending.withDataset(id));
    }

    public void setBase(String id) {
        BaseDistribution.parse(id);
        stage(new RunConfig(pending.dataset(), id, pending.particles(), pending.targets(), pending.seed(),
                pending.steps(), pending.params()));
    }

    public void setParticles(int n) {
        stage(pending.withSizes(n, pending.targets()));
    }

    public void setTargets(int m) {
        stage(pending.withSizes(pending.particles(), m));
    }

    public void setSeed(long seed) {
        stage(pending.withSeed(seed));
    }

    /** Makes the pending data current; the caller rebuilds the simulation from the result. */
    public RunConfig apply() {
        applied = pending;
        fire();
        return applied;
    }

    /** Drops the pending edits. */
    public void revert() {
        pending = applied;
        fire();
    }

    /** Loads a whole configuration (a preset), applied at once. */
    public void load(RunConfig config) {
        applied = config;
        pending = config;
        fire();
    }

    private void stage(RunConfig next) {
        pending = next;
        fire();
    }

    private void fire() {
        listeners.forEach(l -> l.accept(this));
    }

    private static boolean sameData(RunConfig a, RunConfig b) {
        return a.dataset().equals(b.dataset()) && a.base().equals(b.base()) && a.particles() == b.particles()
                && a.targets() == b.targets() && a.seed() == b.seed();
    }
}
