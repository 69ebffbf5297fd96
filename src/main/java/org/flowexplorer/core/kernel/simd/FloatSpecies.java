package org.flowexplorer.core.kernel.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.flowexplorer.core.kernel.LeafLayout;

/**
 * The vector shapes the kernels use: the CPU's preferred width, but never more lanes than the
 * layout pads leaves to ({@link LeafLayout#PAD} floats), so a vector never crosses a leaf.
 */
final class FloatSpecies {
    static final VectorSpecies<Float> PREFERRED = FloatVector.SPECIES_PREFERRED.length() <= LeafLayout.PAD
            ? FloatVector.SPECIES_PREFERRED : FloatVector.SPECIES_512;
    static final VectorSpecies<Double> PREFERRED_DOUBLE = VectorSpecies.of(double.class,
            VectorShape.forBitSize(PREFERRED.vectorBitSize()));

    private FloatSpecies() {
    }

    /** The instruction set the shape stands for, e.g. {@code avx512}, {@code avx2} or {@code neon}. */
    static String isa() {
        String arch = System.getProperty("os.arch", "");
        int bits = PREFERRED.vectorBitSize();
        if (arch.contains("aarch64") || arch.contains("arm")) {
            return bits > 128 ? "sve" + bits : "neon";
        }
        return bits >= 512 ? "avx512" : bits == 256 ? "avx2" : "sse";
    }
}
