/**
 * Small reusable controls shared by the features: validated number inputs, the speed-limit box,
 * icons and the notification bar (Notifier).
 */
package org.flowexplorer.app.control;
