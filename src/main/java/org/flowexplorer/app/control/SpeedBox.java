package org.flowexplorer.app.control;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The speed limit choice of the single view and of compare mode: upper limits in steps per second
 * ("max" = as fast as the engine goes). FX thread only.
 */
public final class SpeedBox {
    /** The limits offered, in steps per second (0 = no limit). */
    public static final List<Integer> SPEEDS = List.of(0, 240, 120, 60, 30, 10, 2);
    /** The limit a window starts with. */
    public static final int DEFAULT = 60;

    private SpeedBox() {
    }

    /** Fills {@code box} with the limits, selects {@link #DEFAULT} and calls {@code onChange} on every choice. */
    public static void setUp(ComboBox<Integer> box, IntConsumer onChange) {
        box.getItems().setAll(SPEEDS);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v == 0 ? "max" : v + " /s";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        box.setValue(DEFAULT);
        box.valueProperty().addListener((o, a, b) -> onChange.accept(b == null ? 0 : b));
        onChange.accept(DEFAULT);
    }
}
