package org.flowexplorer.core.kernel;

/**
 * Where the dense kernels' inner loops come from: the Vector API ({@code jdk.incubator.vector},
 * float where accurate, double elsewhere) when the JVM runs with that module, plain Java double
 * otherwise. {@link #detect()} loads the vector classes by reflection only when
 * {@code ModuleLayer.boot().findModule("jdk.incubator.vector")} is present, so without the module
 * they are never touched.
 */
public interface KernelBackend {
    /** The vector backend's class, loaded by name. */
    String VECTOR_CLASS = "org.flowexplorer.core.kernel.simd.VectorKernels";

    /**
     * A kernel for one thread.
     *
     * @param allowFloat false to keep every point on double arithmetic
     */
    LeafKernel newKernel(boolean allowFloat);

    /**
     * E.g. {@code vector-float/avx512 16 lanes (vector-double 8 lanes where float is not accurate; a 2-D set
     * with itself by leaf pairs)}.
     */
    String describe();

    /** True when inner loops run on the Vector API. */
    boolean vectorized();

    /**
     * Sums of a point set with itself by pairs of leaves on these threads, or null when this backend
     * has no loops for them (then every point takes the per-point way).
     */
    default SelfSums selfSums(org.flowexplorer.core.math.ParallelRunner runner) {
        return null;
    }

    /** The plain Java double backend, the same on every machine. */
    static KernelBackend scalar() {
        return new KernelBackend() {
            @Override
            public LeafKernel newKernel(boolean allowFloat) {
                return new ScalarLeafKernel();
            }

            @Override
            public String describe() {
                return "scalar-double";
            }

            @Override
            public boolean vectorized() {
                return false;
            }
        };
    }

    /** The vector backend if the module is enabled and loads, else {@link #scalar()}. */
    static KernelBackend detect() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return (KernelBackend) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                return scalar();
            }
        }
        return scalar();
    }
}
