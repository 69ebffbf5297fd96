/**
 * The main window: stage and FXML, the composition root that hands each feature what it needs, the
 * top bar, read-outs and status line, the run lifecycle, presenter mode, the key list and the theme.
 */
package org.flowexplorer.app.window;
