package org.flowexplorer;

import org.flowexplorer.cli.FlowExplorerCli;

/**
 * Main class of the fat jar. With no arguments it opens the window; with a subcommand it runs the
 * headless CLI without ever touching the JavaFX toolkit (the GUI classes are only loaded in the
 * first branch).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(GuiStarter.start(args));
            return;
        }
        System.exit(FlowExplorerCli.execute(args));
    }
}
