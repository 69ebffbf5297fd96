package org.flowexplorer.core.render;

/** How particles are coloured. */
public enum ColorMode {
    /** One colour for every particle. */
    UNIFORM,
    /** Viridis by speed |v| (robustly normalised per frame); uniform when the snapshot has no velocities. */
    SPEED,
    /**
     * Okabe–Ito colour of the nearest mixture mean (mode k gets {@link Palette#categorical(int) colour k});
     * uniform when the dataset is not a mixture.
     */
    NEAREST_MODE,
    /** Viridis by particle index, i.e. by where the particle started: shows how the flow transports mass. */
    PARTICLE_INDEX;

    /** Alias of {@link #PARTICLE_INDEX}: colour by origin. */
    public static final ColorMode ORIGIN = PARTICLE_INDEX;
}
