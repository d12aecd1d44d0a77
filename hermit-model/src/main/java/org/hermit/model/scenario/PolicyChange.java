package org.hermit.model.scenario;

import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.sanctions.SanctionMeasure;

/**
 * A dated change of policy. A value holds from its month until the next change of the same target; when two
 * changes of one target share a month, the later in the list wins.
 */
public sealed interface PolicyChange permits PolicyChange.Enforcement, PolicyChange.LeverSetting, PolicyChange.Sanction {

    int month();

    String note();

    /**
     * How strictly a partner enforces the bans in force on a channel (0 = looks away, 1 = stops all legal
     * volume). channel or partner null means every channel or every partner.
     */
    record Enforcement(int month, Channel channel, Partner partner, double value, String note) implements PolicyChange {
        public Enforcement {
            requireUnit(value, "enforcement");
        }
    }

    /** A lever set to a value in 0..1. */
    record LeverSetting(int month, Lever lever, double value, String note) implements PolicyChange {
        public LeverSetting {
            requireUnit(value, lever.id());
        }
    }

    /** A sanctions measure (a UN resolution or a unilateral measure) comes into force, or is lifted. */
    record Sanction(int month, SanctionMeasure measure, boolean inForce, String note) implements PolicyChange {}

    private static void requireUnit(double v, String what) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(what + " must be in 0..1, got " + v);
        }
    }
}
