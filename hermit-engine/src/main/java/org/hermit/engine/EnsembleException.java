package org.hermit.engine;

/**
 * A run of an ensemble failed, which stopped the ensemble. The message names the run, its seed and, when an arm
 * of a comparison failed, the arm; the cause (a {@link org.hermit.model.ModelException} for a NaN or an
 * infinity) names the variable and the month.
 */
public final class EnsembleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int runIndex;
    private final long runSeed;
    private final String arm;

    public EnsembleException(int runIndex, long runSeed, String arm, Throwable cause) {
        super("run " + runIndex + " (run seed " + runSeed + (arm == null ? "" : ", scenario " + arm) + ") failed: "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
        this.runIndex = runIndex;
        this.runSeed = runSeed;
        this.arm = arm;
    }

    public int runIndex() {
        return runIndex;
    }

    public long runSeed() {
        return runSeed;
    }

    /** The name of the arm that failed, or null for a single-scenario ensemble. */
    public String arm() {
        return arm;
    }
}
