package org.hermit.model.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The channels with central parameters over the baseline-like history land near the evidence they were fitted to.
 * Prints each channel's annual gross receipts for 2015, 2019 and 2024.
 */
class BaselineFitTest {
    private static Run run;

    @BeforeAll
    static void runHistory() {
        run = Run.of(History.baseline(Months.of(2010, 1), Months.of(2025, 12)));
        StringBuilder table = new StringBuilder(String.format("%-16s %12s %12s %12s%n", "channel", "2015", "2019", "2024"));
        double[] total = new double[3];
        int[] years = {2015, 2019, 2024};
        for (Channel c : Channel.values()) {
            table.append(String.format("%-16s", c.id()));
            for (int i = 0; i < 3; i++) {
                double g = run.grossYear(c, years[i]);
                total[i] += g;
                table.append(String.format(" %12.1f", g / 1e6));
            }
            table.append('\n');
        }
        table.append(String.format("%-16s %12.1f %12.1f %12.1f%n", "total", total[0] / 1e6, total[1] / 1e6, total[2] / 1e6));
        System.out.println("Central annual gross receipts, USD million, baseline-like history\n" + table);
    }

    private static double goodsExports(int year) {
        return run.grossYear(Channel.COAL, year) + run.grossYear(Channel.MINERALS, year)
                + run.grossYear(Channel.TEXTILES, year) + run.grossYear(Channel.SEAFOOD, year)
                + run.grossYear(Channel.OTHER_GOODS, year);
    }

    private static double chinaCustoms(int year) {
        double s = 0;
        for (Channel c : Channel.values()) {
            s += run.recordedYear(c, Partner.CHINA, year);
        }
        return s;
    }

    @Test
    void goodsExportsIn2015AreNearKotrasTwoPointSevenBillion() {
        // trade.csv dprk_exports_kotra 2015: USD 2.7bn (KITA's 4.56bn is another series).
        assertThat(goodsExports(2015)).isBetween(2.3e9, 3.1e9);
    }

    @Test
    void chinasRecordedImportsComeOutOfTheChannelsNearTheCustomsRecord() {
        // trade.csv cn_imports_from_dprk_kostat 2015 2.48bn, 2016 2.63bn; cn_imports_from_dprk 2018 213m;
        // cn_imports_from_dprk_kita 2019 216m; cn_imports_from_dprk 2020 48m.
        assertThat(chinaCustoms(2015)).isCloseTo(2.48e9, within(0.4e9));
        assertThat(chinaCustoms(2016)).isCloseTo(2.63e9, within(0.5e9));
        assertThat(chinaCustoms(2019)).isBetween(120e6, 350e6);
        assertThat(chinaCustoms(2021)).isLessThan(80e6);
    }

    @Test
    void coalIn2016IsNearChinasTwentyTwoMillionTonnesAndOneBillionDollars() {
        // trade.csv cn_coal_imports_from_dprk_t 2016: 22.5 Mt; cn_coal_imports_from_dprk_usd 2016: 1.18bn.
        assertThat(run.year(run.volume[Channel.COAL.ordinal()], 2016)).isBetween(19e6, 25e6);
        assertThat(run.recordedYear(Channel.COAL, Partner.CHINA, 2016)).isBetween(0.9e9, 1.4e9);
    }

    @Test
    void coalSmuggledIn2019IsOfTheOrderTheUnPanelReported() {
        // revenue.csv coal_smuggling 2019-08: USD 370m in Jan-Aug 2019 (555m a year).
        assertThat(run.grossYear(Channel.COAL, 2019)).isBetween(200e6, 800e6);
        assertThat(run.recordedYear(Channel.COAL, Partner.CHINA, 2019)).isZero();
    }

    @Test
    void cryptoTheftIn2022And2024IsOfTheOrderReported() {
        // revenue.csv crypto_theft 2022: 0.63-1.7bn; 2024: 1.19-1.34bn. One run: a wide band.
        double stolen2022 = run.year(run.volume[Channel.CRYPTO_THEFT.ordinal()], 2022);
        double stolen2024 = run.year(run.volume[Channel.CRYPTO_THEFT.ordinal()], 2024);
        assertThat(stolen2022).isBetween(0.6e9, 3.0e9);
        assertThat(stolen2024).isBetween(0.6e9, 3.0e9);
    }

    @Test
    void totalAnnualReceiptsStayWithinAPlausibleRange() {
        for (int year = 2010; year <= 2025; year++) {
            double total = 0;
            for (Channel c : Channel.values()) {
                total += run.grossYear(c, year);
            }
            assertThat(total).as("total receipts in %d", year).isBetween(0.8e9, 12e9);
        }
    }
}
