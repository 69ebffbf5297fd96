/**
 * File actions of the window: save and open configurations with their run and steering,
 * the Presets menu (built-in and user presets) and the Ctrl+S/O/E key handling.
 */
package org.flowexplorer.app.file;
