package org.flowexplorer.core.io;

import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Everything a configuration file holds: the run and, when the file has any of the view keys
 * ({@code color_by}, {@code point_size}, {@code theme}, {@code show_targets}, {@code arrows},
 * {@code trails}, {@code trail_steps}; see {@link ViewKey}), the look it is drawn with. The window
 * saves its look with every configuration; exports and {@code run --frames} draw with it.
 *
 * @param config the run
 * @param view   the look, or null when the file has no view key (a reader then keeps its own look;
 *               exports use {@link RenderOptions#defaults()})
 */
public record RunFile(RunConfig config, RenderOptions view) {
    public RunFile {
        if (config == null) {
            throw new IllegalArgumentException("config: missing");
        }
    }

    /** The look to draw with: the file's, else {@link RenderOptions#defaults()}. */
    public RenderOptions viewOrDefaults() {
        return view != null ? view : RenderOptions.defaults();
    }

    public RunFile withConfig(RunConfig c) {
        return new RunFile(c, view);
    }

    public RunFile withView(RenderOptions v) {
        return new RunFile(config, v);
    }
}
