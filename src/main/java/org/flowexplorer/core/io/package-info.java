/**
 * Files of a run: configurations as JSON (reader, writer, keys, view keys, --set overrides, recorded
 * changes), presets and the user's home folder, output folders and atomic, staged output.
 */
package org.flowexplorer.core.io;
