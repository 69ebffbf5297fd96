package org.flowexplorer.core.io;

import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * A named, described configuration.
 *
 * @param name        the id used on the command line and in menus
 * @param description one line for lists and tooltips
 * @param config      the configuration it runs
 * @param builtIn     true for the presets shipped with the application
 * @param view        the look the preset file asks for (its view keys), or null for none
 */
public record Preset(String name, String description, RunConfig config, boolean builtIn, RenderOptions view) {
    /** A preset without a look of its own. */
    public Preset(String name, String description, RunConfig config, boolean builtIn) {
        this(name, description, config, builtIn, null);
    }
}
