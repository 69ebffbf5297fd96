package org.flowexplorer.core.io;

import org.flowexplorer.core.sim.RunConfig;

/**
 * A named, described configuration.
 *
 * @param name        the id used on the command line and in menus
 * @param description one line for lists and tooltips
 * @param config      the configuration it runs
 * @param builtIn     true for the presets shipped with the application
 */
public record Preset(String name, String description, RunConfig config, boolean builtIn) {
}
