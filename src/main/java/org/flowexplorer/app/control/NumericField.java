package org.flowexplorer.app.control;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Turns a {@link TextField} into a numeric input: the text is parsed on Enter or when the field
 * loses focus; Esc puts the last good value back. Good text is committed through the {@code commit} function (which may still refuse
 * it with a message); bad text ("abc", "1e999", a negative N) outlines the field, reports the
 * problem and keeps the last good value. The application never dies from input.
 */
public final class NumericField {
    private final TextField field;
    private final NumberInput input;
    private final DoubleFunction<String> commit;
    private final Consumer<String> onError;
    private final String help;
    private double value;
    private String error;

    /**
     * @param field   the text field
     * @param input   what text is accepted
     * @param initial the first value
     * @param commit  takes an accepted value; returns null, or a message if the value was refused
     * @param onError shows an error message (the notification bar)
     * @param help    the one-sentence tooltip
     */
    public NumericField(TextField field, NumberInput input, double initial, DoubleFunction<String> commit,
                        Consumer<String> onError, String help) {
        this.field = field;
        this.input = input;
        this.commit = commit;
        this.onError = onError;
        this.help = help;
        this.value = initial;
        field.setText(input.format(initial));
        field.setTooltip(new Tooltip(help));
        field.setOnAction(e -> commitText());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(value); // Esc abandons the edit: the last good value comes back before focus leaves
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitText();
            }
        });
    }

    /** Parses and commits the current text; returns true if it was accepted. */
    public boolean commitText() {
        ParsedNumber r = input.parse(field.getText());
        String problem = r.ok() ? null : r.error();
        if (problem == null && r.value() != value) {
            problem = commit.apply(r.value());
            if (problem == null) {
                value = r.value();
            }
        }
        if (problem != null) {
            markError(problem);
            return false;
        }
        clearError();
        return true;
    }

    /** Shows {@code v} as the current good value without committing it (e.g. a preset was loaded). */
    public void show(double v) {
        value = v;
        field.setText(input.format(v));
        clearError();
    }

    public double value() {
        return value;
    }

    /** The current error message, or null. */
    public String error() {
        return error;
    }

    public TextField field() {
        return field;
    }

    private void markError(String problem) {
        error = problem + " (kept " + input.format(value) + ")";
        field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        if (!field.getStyleClass().contains("field-error")) {
            field.getStyleClass().add("field-error");
        }
        field.getTooltip().setText(error);
        onError.accept(error);
    }

    private void clearError() {
        error = null;
        field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        field.getStyleClass().remove("field-error");
        field.getTooltip().setText(help);
    }
}
