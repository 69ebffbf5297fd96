package org.flowexplorer.app.window;

import org.flowexplorer.app.data.DataPanelController;
import org.flowexplorer.app.overlay.CurlOverlay;
import org.flowexplorer.app.overlay.NnHistogramWindow;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.app.view.ViewControls;

/**
 * Connects the VIEW controls that are not part of the look ({@link ViewControls} binds those): the
 * theme switch to the window's theme, auto-rotation, the fit, the curl overlay and the NN
 * histogram window. Nothing here touches the run. FX thread only.
 */
public final class OverlayControls {
    private OverlayControls() {
    }

    /** Binds these controls of {@code d}. */
    public static void bind(DataPanelController d, CanvasView canvas, Theme theme, CurlOverlay curl,
                            NnHistogramWindow nn) {
        d.darkSwitch().selectedProperty().addListener((o, a, b) -> theme.setDark(b));
        d.autoRotateCheck().selectedProperty().addListener((o, a, b) -> canvas.setAutoRotate(b));
        d.fitButton().setOnAction(e -> canvas.requestFit());
        d.curlCheck().selectedProperty().addListener((o, a, b) -> {
            d.curlBox().setVisible(b);
            d.curlBox().setManaged(b);
            curl.setEnabled(b);
        });
        d.clearCirclesButton().setOnAction(e -> curl.clearCircles());
        d.nnButton().setOnAction(e -> nn.show());
    }
}
