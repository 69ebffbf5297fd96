/**
 * The main window: stage and FXML loading, the controller that wires the panels, transport and status line,
 * the keyboard-shortcut map, presenter mode and help overlay; GuiMain/FlowExplorerApp are the entry points.
 */
package org.flowexplorer.app.window;
