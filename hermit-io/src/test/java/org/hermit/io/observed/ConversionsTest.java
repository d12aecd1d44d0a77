package org.hermit.io.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hermit.io.evidence.Evidence;
import org.hermit.io.evidence.EvidenceRow;
import org.junit.jupiter.api.Test;

class ConversionsTest {

    @Test
    void oldWonAreNewWonTimesTheRedenominationRatioThatTheEvidenceRecords() {
        EvidenceRow row = Evidence.bundled().find(Evidence.MARKETS, "policy_redenomination", "2009-11-30").orElseThrow();
        assertThat(row.unit()).isEqualTo("old KPW per new KPW");
        assertThat(row.value().orElseThrow().low()).isEqualTo(Conversions.OLD_KPW_PER_NEW_KPW);
        assertThat(Conversions.oldWonToNewWon(3800)).isEqualTo(38);
    }

    @Test
    void aPricePerLitreIsDividedByTheDensityToGetAPricePerKg() {
        // A litre of gasoline weighs 0.7475 kg, so 747.5 won a litre is 1,000 won a kilogram.
        assertThat(Conversions.perLitreToPerKg(747.5, Conversions.GASOLINE_KG_PER_LITRE)).isCloseTo(1000, within(1e-9));
        assertThat(Conversions.perLitreToPerKg(832.5, Conversions.DIESEL_KG_PER_LITRE)).isCloseTo(1000, within(1e-9));
    }

    @Test
    void assumedDensitiesLieWithinTheFuelStandardsLimits() {
        assertThat(Conversions.GASOLINE_KG_PER_LITRE).isBetween(0.720, 0.775);
        assertThat(Conversions.DIESEL_KG_PER_LITRE).isBetween(0.820, 0.845);
    }

    @Test
    void percentagesBecomeSharesAndBillionsBecomeUnits() {
        assertThat(Conversions.percentToShare(47.5)).isCloseTo(0.475, within(1e-12));
        assertThat(6.55 * Conversions.BILLION).isCloseTo(6_550_000_000.0, within(1e-3));
    }
}
