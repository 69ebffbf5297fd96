package org.flowexplorer;

import org.flowexplorer.cli.FlowExplorerCli;

/**
 * Main class of the fat jar. With no arguments it opens the window; with a subcommand it runs the
 * headless CLI without ever touching the JavaFX toolkit (the GUI classes are only loaded in the
 * first branch). A JVM started without the Vector API module first re-executes itself with it
 * ({@link VectorRelauncher}), so {@code java -jar} gets the vector kernels too.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        java.util.OptionalInt child = VectorRelauncher.relaunch(Launcher.class.getName(), args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
            return;
        }
        VectorRelauncher.watchParent();
        if (args.length == 0) {
            System.exit(GuiStarter.start(args));
            return;
        }
        System.exit(FlowExplorerCli.execute(args));
    }
}
