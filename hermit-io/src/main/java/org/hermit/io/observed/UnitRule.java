package org.hermit.io.observed;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hermit.io.evidence.EvidenceRow;

/**
 * Converts a raw row's value into a series' canonical unit: when the row's unit text matches, multiply by factor.
 * A series lists its rules in order and the first match wins; a row whose unit matches no rule stops the
 * curation with an error, so a row in another unit (KRW for KPW, per litre for per kg) can never slip in unconverted.
 *
 * @param description the match as a reader sees it, e.g. "unit starts with 'KPW per litre'"
 * @param factor      multiplier into the canonical unit
 * @param why         the reason and source of the factor ("" for an identity)
 */
public record UnitRule(String description, Predicate<String> matches, double factor, String why) {

    /** Unit text starts with the prefix (e.g. "USD" matches "USD ('around')" but not "billion_USD"). */
    public static UnitRule startsWith(String prefix, double factor, String why) {
        return new UnitRule("unit starts with '" + prefix + "'", u -> u.startsWith(prefix), factor, why);
    }

    /** Unit text contains the marker anywhere (e.g. "OLD won" inside "KPW per kg (OLD won, pre-2009)"). */
    public static UnitRule contains(String marker, double factor, String why) {
        return new UnitRule("unit contains '" + marker + "'", u -> u.contains(marker), factor, why);
    }

    /** The first rule matching the row's unit. */
    public static Optional<UnitRule> find(List<UnitRule> rules, EvidenceRow row) {
        return rules.stream().filter(r -> r.matches().test(row.unit())).findFirst();
    }

    public boolean isIdentity() {
        return factor == 1.0;
    }
}
