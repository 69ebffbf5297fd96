/**
 * The DATA and VIEW panel: target, start, N, M and seed staged until "Apply & reset" with the
 * estimated cost of a step, CSV import and export of points.
 */
package org.flowexplorer.app.data;
