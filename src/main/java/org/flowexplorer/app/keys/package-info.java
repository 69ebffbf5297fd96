/**
 * The keyboard: the one shortcut map (keys, labels, descriptions) and the dispatcher on the window
 * that runs the bindings of the view shown (single view, compare mode, draw mode).
 */
package org.flowexplorer.app.keys;
