package io.jointclear.courier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rule 3.7.35 global rates (BRIEF §8.2) on each side of every date the brief names. */
class MxCourierRatesTest {

    private static RateDecision decide(String date, String origin, String value) {
        return MxCourierRates.decide(LocalDate.parse(date), origin, new BigDecimal(value), null);
    }

    private static BigDecimal tax(RateDecision d, String value) {
        return CourierMoney.cents(new BigDecimal(value).multiply(d.rate()));
    }

    @Test
    void usd500FromChinaPays167_50After15August2025And95_00Before() {
        RateDecision after = decide("2025-08-15", "CN", "500.00");
        assertThat(after.band()).isEqualTo(RateBand.RATE_33_5);
        assertThat(tax(after, "500.00")).isEqualByComparingTo("167.50");
        assertThat(after.legalBasis()).contains("3.7.35").contains("4th modification");

        RateDecision before = decide("2025-08-14", "CN", "500.00");
        assertThat(before.band()).isEqualTo(RateBand.RATE_19);
        assertThat(tax(before, "500.00")).isEqualByComparingTo("95.00");
    }

    @Test
    void usd100UsOriginPays17AndUsd40UsOriginIsExemptPayingTheDta() {
        RateDecision hundred = decide("2025-09-01", "US", "100");
        assertThat(hundred.band()).isEqualTo(RateBand.RATE_17);
        assertThat(tax(hundred, "100")).isEqualByComparingTo("17.00");

        RateDecision forty = decide("2025-09-01", "US", "40");
        assertThat(forty.band()).isEqualTo(RateBand.EXEMPT);
        assertThat(forty.rate()).isEqualByComparingTo("0");
        assertThat(DtaQuota.on(LocalDate.parse("2025-09-01"))).isEqualByComparingTo("425.44");
        assertThat(DtaQuota.on(LocalDate.parse("2024-12-31"))).isEqualByComparingTo("425");
        assertThat(DtaQuota.on(LocalDate.parse("2023-06-30"))).isEqualByComparingTo("408");
    }

    @ParameterizedTest(name = "{0} {1} USD {2} → {3}")
    @CsvSource({
            // 2020-2024: up to USD 50 exempt for any origin; USMCA 50.01-117 17 %; up to 1,000 19 %; over 1,000 20 %
            "2024-12-31, CN, 50.00, EXEMPT",
            "2024-12-31, CN, 50.01, RATE_19",
            "2024-12-31, US, 50.01, RATE_17",
            "2024-12-31, US, 117.00, RATE_17",
            "2024-12-31, US, 117.01, RATE_19",
            "2024-12-31, DE, 1000.00, RATE_19",
            "2024-12-31, CN, 1000.01, RATE_20",
            // 1 Jan 2025: non-FTA 19 % from the first dollar; FTA over USD 1 19 %; USMCA as before
            "2025-01-01, CN, 10.00, RATE_19",
            "2025-01-01, DE, 1.00, EXEMPT",
            "2025-01-01, DE, 1.01, RATE_19",
            "2025-01-01, CA, 50.00, EXEMPT",
            "2025-01-01, CA, 117.00, RATE_17",
            "2025-01-01, CA, 117.01, RATE_19",
            "2025-08-14, CN, 2500.00, RATE_19",
            // 15 Aug 2025: non-FTA 33.5 % up to USD 2,500
            "2025-08-15, CN, 10.00, RATE_33_5",
            "2025-08-15, CN, 2500.00, RATE_33_5",
            "2025-08-15, JP, 1.00, EXEMPT",
            "2025-08-15, JP, 200.00, RATE_19",
            "2025-08-15, US, 50.00, EXEMPT",
            "2025-08-15, US, 50.01, RATE_17",
            "2025-08-15, US, 117.01, RATE_19",
            // 23 Oct 2025: rates unchanged (the 6th modification changes payment, not rates)
            "2025-10-22, CN, 500.00, RATE_33_5",
            "2025-10-23, CN, 500.00, RATE_33_5",
            "2025-10-23, US, 100.00, RATE_17",
    })
    void bandByDateOriginAndValuePerConsignee(String date, String origin, String value, RateBand band) {
        RateDecision d = decide(date, origin, value);
        assertThat(d.refused()).isFalse();
        assertThat(d.band()).isEqualTo(band);
        assertThat(d.legalBasis()).contains("3.7.35");
    }

    @Test
    void overUsd2500PerConsigneeNeedsARegularPedimento() {
        for (String date : new String[] {"2024-12-31", "2025-01-01", "2025-08-15", "2025-10-23"}) {
            RateDecision d = decide(date, "CN", "2500.01");
            assertThat(d.refused()).isTrue();
            assertThat(d.refusal()).isEqualTo(RateDecision.REGULAR_PEDIMENTO_REQUIRED);
            assertThat(d.refusalReason()).isEqualTo("OVER_VALUE_LIMIT");
        }
    }

    @Test
    void alcoholTobaccoAndRrnaGoodsAreExcludedFromTheGlobalRates() {
        assertThat(Exclusion.of("220830", false)).isEqualTo(Exclusion.ALCOHOL);
        assertThat(Exclusion.of("2203000100", false)).isEqualTo(Exclusion.ALCOHOL);
        assertThat(Exclusion.of("2209000000", false)).isNull(); // vinegar is not alcohol
        assertThat(Exclusion.of("240220", false)).isEqualTo(Exclusion.TOBACCO);
        assertThat(Exclusion.of("300490", true)).isEqualTo(Exclusion.RRNA);
        assertThat(Exclusion.of(null, false)).isNull();
        for (Exclusion e : Exclusion.values()) {
            RateDecision d = MxCourierRates.decide(LocalDate.parse("2025-09-01"), "US", new BigDecimal("20"), e);
            assertThat(d.refusal()).isEqualTo(RateDecision.REGULAR_PEDIMENTO_REQUIRED);
            assertThat(d.refusalReason()).isEqualTo(e.name());
            assertThat(d.band()).isNull();
        }
    }

    @Test
    void periodicPaymentOfUsmcaLinesFrom23October2025Only() {
        assertThat(decide("2025-10-22", "US", "100").periodicPayment()).isFalse();
        assertThat(decide("2025-10-23", "US", "100").periodicPayment()).isTrue();
        assertThat(decide("2025-10-23", "CA", "40").periodicPayment()).isTrue();
        assertThat(decide("2025-10-23", "US", "200").periodicPayment()).isFalse(); // 19 % band is not fr. III a-b
        assertThat(decide("2025-10-23", "CN", "40").periodicPayment()).isFalse();
    }

    @Test
    void datesBeforeTheTabulatedRegimeAreRefused() {
        assertThatThrownBy(() -> decide("2020-06-30", "US", "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DtaQuota.on(LocalDate.parse("2022-12-31"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wholePesosRoundFiftyCentavosDownAndFiftyOneUp() {
        assertThat(CourierMoney.wholePesos(new BigDecimal("100.50"))).isEqualByComparingTo("100");
        assertThat(CourierMoney.wholePesos(new BigDecimal("100.51"))).isEqualByComparingTo("101");
        assertThat(CourierMoney.wholePesos(new BigDecimal("100.01"))).isEqualByComparingTo("100");
        assertThat(CourierMoney.wholePesos(new BigDecimal("100.505"))).isEqualByComparingTo("101"); // 100.51 first
    }
}
