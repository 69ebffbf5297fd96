/**
 * Entry points of the fat jar: {@code Launcher} opens the window without arguments and runs the
 * headless command line with a subcommand; {@code GuiStarter} loads the JavaFX classes only then.
 */
package org.flowexplorer;
