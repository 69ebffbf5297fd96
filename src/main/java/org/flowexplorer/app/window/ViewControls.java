package org.flowexplorer.app.window;

import java.util.Locale;
import javafx.util.StringConverter;
import org.flowexplorer.app.data.DataPanelController;
import org.flowexplorer.app.overlay.CurlOverlay;
import org.flowexplorer.app.overlay.NnHistogramWindow;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.core.render.ColorMode;

/**
 * Connects the VIEW controls of the left panel to what they change: the canvas's drawing options
 * (colour, size, targets, arrows, trails), the theme, auto-rotation, the fit, the curl overlay and
 * the NN histogram window. Nothing here touches the run. FX thread only.
 */
public final class ViewControls {
    private ViewControls() {
    }

    /** Binds the view controls of {@code d}. */
    public static void bind(DataPanelController d, CanvasView canvas, Theme theme, CurlOverlay curl,
                            NnHistogramWindow nn) {
        d.colorBox().getItems().setAll((Object[]) ColorMode.values());
        d.colorBox().setConverter(new StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o instanceof ColorMode m ? name(m) : "";
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        d.colorBox().setValue(ColorMode.UNIFORM);
        d.colorBox().valueProperty().addListener((o, a, b) -> {
            if (b instanceof ColorMode m) {
                canvas.setOptions(canvas.options().withColorMode(m));
            }
        });
        d.targetsCheck().selectedProperty().addListener((o, a, b) -> canvas.setOptions(canvas.options().withShowTargets(b)));
        d.arrowsCheck().selectedProperty().addListener((o, a, b) -> canvas.setOptions(canvas.options().withArrows(b)));
        d.trailsCheck().selectedProperty().addListener((o, a, b) -> canvas.setOptions(canvas.options().withTrails(b)));
        d.trailSlider().valueProperty().addListener((o, a, b) -> canvas.setTrailLength((int) Math.round(b.doubleValue())));
        d.pointSizeSlider().setValue(canvas.options().pointRadius());
        d.pointSizeSlider().valueProperty().addListener((o, a, b) ->
                canvas.setOptions(canvas.options().withPointRadius(Math.round(b.doubleValue() * 4) / 4.0)));
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

    /** The colour mode as the list names it. */
    static String name(ColorMode m) {
        return switch (m) {
            case NEAREST_MODE -> "nearest mode";
            case PARTICLE_INDEX -> "origin";
            default -> m.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
