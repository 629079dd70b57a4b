package io.jointclear.courier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** US entry type of a courier consignment around 2025-05-02 and 2025-08-29 (BRIEF §8.3). */
class UsEntryTypesTest {

    @ParameterizedTest(name = "{0} {1} consignee USD {2}, consignment USD {3} → {4}")
    @CsvSource({
            "2025-05-01, CN, 100, 100, DE_MINIMIS",
            "2025-05-02, CN, 100, 100, INFORMAL_11",
            "2025-05-02, HK, 100, 100, INFORMAL_11",
            "2025-08-28, MX, 800, 800, DE_MINIMIS",
            "2025-08-28, MX, 800.01, 400, INFORMAL_11",
            "2025-08-29, MX, 5, 5, INFORMAL_11",
            "2025-08-29, MX, 2500, 2500, INFORMAL_11",
            "2025-08-29, MX, 2500.01, 2500.01, FORMAL_01",
            "2026-02-25, MX, 10, 10, INFORMAL_11",
    })
    void entryType(String date, String origin, String consignee, String value, RateBand band) {
        RateDecision d = UsEntryTypes.decide(LocalDate.parse(date), origin, new BigDecimal(consignee), new BigDecimal(value));
        assertThat(d.band()).isEqualTo(band);
        assertThat(d.legalBasis()).isNotBlank();
        if (!LocalDate.parse(date).isBefore(UsEntryTypes.DE_MINIMIS_SUSPENDED)) {
            assertThat(d.legalBasis()).contains("EO 14324");
        }
    }
}
