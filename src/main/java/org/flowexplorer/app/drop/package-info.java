/**
 * Loading files into the window without a menu: the Image… button of the DATA panel (a picture
 * as targets) and files dropped onto the window (PNG/JPEG, CSV, a saved configuration or a lesson).
 */
package org.flowexplorer.app.drop;
