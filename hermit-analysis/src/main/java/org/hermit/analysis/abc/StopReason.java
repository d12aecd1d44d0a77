package org.hermit.analysis.abc;

/** Why a calibration stopped. */
public enum StopReason {
    /** The configured number of generations ran. */
    MAX_GENERATIONS,
    /** The tolerance reached the configured minimum epsilon. */
    MIN_EPSILON,
    /** A generation accepted too few proposals (it is kept if it completed, abandoned if it could not). */
    MIN_ACCEPTANCE_RATE,
    /** The simulation budget ran out; an unfinished generation is abandoned. */
    BUDGET
}
