package org.flowexplorer.core.sim;

import org.flowexplorer.core.flow.FieldScratch;
import org.flowexplorer.core.flow.VelocityField;
import org.flowexplorer.core.math.VectorField;

/**
 * A flow's velocity field as the field diagnostics of {@code core.metric} take it: one scratch
 * per evaluator, so each thread evaluates with its own workspace. (When {@code VelocityField}
 * extends {@link VectorField} itself, this adapter goes.)
 */
public final class MeasuredField {
    private MeasuredField() {
    }

    public static VectorField of(VelocityField field) {
        return new VectorField() {
            @Override
            public int dim() {
                return field.dim();
            }

            @Override
            public Evaluator evaluator() {
                FieldScratch scratch = field.newScratch();
                return (x, xOff, out, outOff) -> field.evaluate(x, xOff, out, outOff, scratch);
            }
        };
    }
}
