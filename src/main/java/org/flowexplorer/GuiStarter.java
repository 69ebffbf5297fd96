package org.flowexplorer;

/**
 * Starts the JavaFX window and turns the usual start-up failures (no display, no GTK 3) into one
 * helpful line instead of a stack trace. Kept apart from {@link Launcher} so that the CLI path
 * never loads a JavaFX class.
 */
final class GuiStarter {
    private GuiStarter() {
    }

    static int start(String[] args) {
        try {
            org.flowexplorer.app.window.GuiMain.launch(args);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("DISPLAY")) {
                System.err.println("error: no display to open the window on (set DISPLAY, or use a subcommand such as "
                        + "'run' for headless use; see --help)");
            } else if (msg.contains("GTK") || msg.contains("glass")) {
                System.err.println("error: JavaFX could not load GTK 3 (install libgtk-3-0), or use a subcommand for "
                        + "headless use; see --help");
            } else {
                System.err.println("error: the window could not start: " + msg);
            }
            return 1;
        }
    }
}
