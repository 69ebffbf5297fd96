package org.flowexplorer.core.data;

import java.util.Arrays;

/** An append-only double array that grows geometrically; lets a reader stream a file once. */
final class GrowingDoubles {
    private double[] values = new double[1024];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
