package org.flowexplorer.core.flow;

import java.util.Locale;

/** The particle flows of the explorer, with the id used in configs and on the command line. */
public enum FlowKind {
    SD("sd", "SD flow", "v = s_p − s_q = (m_p − m_q)/σ²"),
    MMD("mmd", "MMD gradient flow", "v = [(1/M)Σ k(x,y_j)(y_j − x) − (1/N)Σ k(x,x_k)(x_k − x)]/σ²"),
    SVGD("svgd", "SVGD", "v = (1/N)Σ k_h(x_k,x)[s_p(x_k) + (x − x_k)/h²]"),
    LANGEVIN("langevin", "Langevin", "dx = s_p dt + √2 dW,  s_p = (m_p − x)/σ²"),
    DIFFFLOW("diffflow", "DiffFlow", "dx = [w_p s_p − w_q s_q] dt + √(2ρ) dW,  w_q = 1 − ρ");

    private final String id;
    private final String displayName;
    private final String formula;

    FlowKind(String id, String displayName, String formula) {
        this.id = id;
        this.displayName = displayName;
        this.formula = formula;
    }

    /** Lower-case id: sd, mmd, svgd, langevin, diffflow. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The flow's velocity in plain text, as shown under the flow selector. */
    public String formula() {
        return formula;
    }

    /** Parses an id (case-insensitive); throws IllegalArgumentException listing the choices. */
    public static FlowKind parse(String s) {
        String key = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (FlowKind k : values()) {
            if (k.id.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown flow '" + s + "' (choose sd, mmd, svgd, langevin or diffflow)");
    }

    @Override
    public String toString() {
        return displayName;
    }
}
