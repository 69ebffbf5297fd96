package org.flowexplorer.core.kernel.simd;

import org.flowexplorer.core.kernel.KernelBackend;
import org.flowexplorer.core.kernel.LeafKernel;
import org.flowexplorer.core.kernel.SelfSums;
import org.flowexplorer.core.kernel.pair.PairSums;
import org.flowexplorer.core.math.ParallelRunner;

/**
 * The Vector API backend, instantiated by reflection from {@link KernelBackend#detect()} (keep the
 * public no-argument constructor). Each thread's kernel tries float first, falls back to double
 * vectors where float is not accurate, and to scalar double for d other than 2 and 3.
 */
public final class VectorKernels implements KernelBackend {
    public VectorKernels() {
        // touch the species so that a JVM that cannot run them fails here, inside detect()
        if (FloatSpecies.PREFERRED.length() < 1 || FloatSpecies.PREFERRED_DOUBLE.length() < 1) {
            throw new IllegalStateException("no vector shape");
        }
    }

    @Override
    public LeafKernel newKernel(boolean allowFloat) {
        LeafKernel scalar = KernelBackend.scalar().newKernel(false);
        LeafKernel dbl = new DoubleLeafKernel(scalar);
        return allowFloat ? new FloatLeafKernel(dbl) : dbl;
    }

    @Override
    public SelfSums selfSums(ParallelRunner runner) {
        return new PairSums(runner, FloatPlaneBlocks::new);
    }

    @Override
    public String describe() {
        return "vector-float/" + FloatSpecies.isa() + " " + FloatSpecies.PREFERRED.length() + " lanes (vector-double "
                + FloatSpecies.PREFERRED_DOUBLE.length() + " lanes where float is not accurate; a 2-D set with itself by leaf pairs)";
    }

    @Override
    public boolean vectorized() {
        return true;
    }
}
