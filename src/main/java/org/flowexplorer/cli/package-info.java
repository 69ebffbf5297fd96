/**
 * The headless command line (picocli): {@code run}, {@code velocity}, {@code metrics}, {@code presets},
 * {@code bench}, {@code reproduce}, {@code diagnose}, {@code lesson}, their shared options and progress display.
 */
package org.flowexplorer.cli;
