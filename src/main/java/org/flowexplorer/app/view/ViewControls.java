package org.flowexplorer.app.view;

import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.util.StringConverter;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.RenderOptions;

/**
 * The VIEW panel's controls bound to the canvas's look ({@link RenderOptions}): targets, arrows,
 * trails and their length in steps, colour, point size and theme. Every change goes to the canvas
 * at once; {@link #show} sets the controls from a look read from a file (an opened configuration
 * or a preset with view keys), so the canvas — and every later save and export — has that look.
 * The theme switch's own listener restyles the window. FX thread only.
 */
public final class ViewControls {
    private final CanvasView canvas;
    private final CheckBox targets;
    private final CheckBox arrows;
    private final CheckBox trails;
    private final Slider trailSteps;
    private final ComboBox<Object> color;
    private final Slider pointSize;
    private final ToggleSwitch dark;

    /** The controls of the VIEW panel, in the order the panel shows them. */
    public record Controls(CheckBox targets, CheckBox arrows, CheckBox trails, Slider trailSteps,
                           ComboBox<Object> color, Slider pointSize, ToggleSwitch dark) {
    }

    public ViewControls(Controls c, CanvasView canvas) {
        this.canvas = canvas;
        this.targets = c.targets();
        this.arrows = c.arrows();
        this.trails = c.trails();
        this.trailSteps = c.trailSteps();
        this.color = c.color();
        this.pointSize = c.pointSize();
        this.dark = c.dark();
        color.getItems().setAll((Object[]) ColorMode.values());
        color.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o instanceof ColorMode m ? m.label() : "";
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        show(canvas.options());
        color.valueProperty().addListener((o, a, b) -> {
            if (b instanceof ColorMode m) {
                canvas.setOptions(canvas.options().withColorMode(m));
            }
        });
        targets.selectedProperty().addListener((o, a, b) -> canvas.setOptions(canvas.options().withShowTargets(b)));
        arrows.selectedProperty().addListener((o, a, b) -> canvas.setOptions(canvas.options().withArrows(b)));
        trails.selectedProperty().addListener((o, a, b) -> canvas.setOptions(canvas.options().withTrails(b)));
        trailSteps.valueProperty().addListener((o, a, b) ->
                canvas.setOptions(canvas.options().withTrailSteps((int) Math.round(b.doubleValue()))));
        pointSize.valueProperty().addListener((o, a, b) ->
                canvas.setOptions(canvas.options().withPointRadius(quarter(b.doubleValue()))));
        dark.selectedProperty().addListener((o, a, b) -> canvas.setOptions(canvas.options().withDarkBackground(b)));
    }

    /** Sets every control (and so the canvas) to the look {@code o}. */
    public void show(RenderOptions o) {
        targets.setSelected(o.showTargets());
        arrows.setSelected(o.arrows());
        trails.setSelected(o.trails());
        trailSteps.setMax(Math.max(trailSteps.getMax(), o.trailSteps()));
        trailSteps.setValue(o.trailSteps());
        color.setValue(o.colorMode());
        pointSize.setMax(Math.max(pointSize.getMax(), o.pointRadius()));
        pointSize.setValue(o.pointRadius());
        dark.setSelected(o.darkBackground());
        // a value between the slider's quarter steps is kept exactly as the file says
        canvas.setOptions(canvas.options().withPointRadius(o.pointRadius()).withTrailSteps(o.trailSteps()));
    }

    /** The look the controls show (the canvas's). */
    public RenderOptions look() {
        return canvas.options();
    }

    private static double quarter(double v) {
        return Math.max(RenderOptions.MIN_RADIUS, Math.round(v * 4) / 4.0);
    }
}
