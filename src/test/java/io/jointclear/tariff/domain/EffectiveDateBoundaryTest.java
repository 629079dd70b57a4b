package io.jointclear.tariff.domain;

import static io.jointclear.tariff.domain.Declarations.d;
import static io.jointclear.tariff.domain.Declarations.mx;
import static io.jointclear.tariff.domain.Declarations.us;
import static io.jointclear.tariff.domain.Declarations.usLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The day before, of and after each measure's start or end: the engine picks what is in force. */
class EffectiveDateBoundaryTest {

    private final AssessmentEngine engine = Books.engine();

    /** Totals of a US entry of a 100,000 machine of Mexico, MFN 5%, by SPI; "-" = code absent. */
    @ParameterizedTest(name = "{0} SPI={1}: IEEPA={2} S122={3}")
    @CsvSource({
            "2025-03-03, , -, -",          // IEEPA not yet in force
            "2025-03-04, , 25000.00, -",   // IEEPA first day
            "2025-03-06, S, 25000.00, -",  // USMCA exception not yet in force
            "2025-03-07, S, 0.00, -",      // USMCA exception first day
            "2026-02-23, , 25000.00, -",   // IEEPA last day
            "2026-02-24, , -, 10000.00",   // IEEPA ended, Section 122 first day
            "2026-04-05, , -, 10000.00",   // last day before the metals annexes
            "2026-07-24, , -, 0.00",       // Section 122 last day: 8479.89 on metals annex 3 from 2026-04-06
                                           // (9903.82.10 15% all-in = 10,000.00 as S232), S122 not stacked
            "2026-07-25, , -, -",          // Section 122 ended
    })
    void surcharges_on_mexican_machine(String date, String spi, String ieepa, String s122) {
        Assessment a = engine.assess(us(date).line(usLine("8479899499", "MX", "100000", "1", "C62", spi, null, List.of(), null)).build());
        assertTotal(a, "IEEPA", ieepa);
        assertTotal(a, "S122", s122);
    }

    @ParameterizedTest(name = "s232 steel on {0} = {1}")
    @CsvSource({"2025-03-11, -", "2025-03-12, 25000.00", "2025-06-03, 25000.00", "2025-06-04, 50000.00", "2025-06-05, 50000.00"})
    void section_232_steel(String date, String s232) {
        Assessment a = engine.assess(us(date).line(usLine("7308909590", "DE", "100000", "1000", "KGM", null, null, List.of(), null)).build());
        assertTotal(a, "S232", s232);
    }

    @ParameterizedTest(name = "s232 steel of Mexico on {0}: IEEPA not stacked")
    @CsvSource({"2025-06-04"})
    void section_232_takes_the_full_value_before_ieepa(String date) {
        Assessment a = engine.assess(us(date).line(usLine("7308909590", "MX", "100000", "1000", "KGM", null, null, List.of(), null)).build());
        assertTotal(a, "S232", "50000.00");
        assertTotal(a, "IEEPA", "0.00");
    }

    @ParameterizedTest(name = "tomatoes AD on {0} = {1}")
    @CsvSource({"2025-07-13, 0.00", "2025-07-14, 6836.00", "2025-07-15, 6836.00"})
    void tomatoes_antidumping(String date, String add) {
        Assessment a = engine.assess(us(date).entryType("03").line(GoldenAssessmentTest.tomatoes("40000", "S")).build());
        assertTotal(a, "ADD", add);
    }

    @ParameterizedTest(name = "MPF minimum on {0} = {1}")
    @CsvSource({"2025-09-30, 32.71", "2025-10-01, 33.58"})
    void mpf_fiscal_year(String date, String mpf) {
        Assessment a = engine.assess(us(date).line(usLine("8479899499", "DE", "5000", "1", "C62", null, null, List.of(), null)).build());
        assertTotal(a, "MPF", mpf);
    }

    @ParameterizedTest(name = "DTA fr. III on {0} = {1}")
    @CsvSource({"2023-12-31, 408", "2024-01-01, 425", "2024-12-31, 425", "2025-01-01, 445", "2026-01-01, 445"})
    void dta_fixed_quota_by_year(String date, String dta) {
        Assessment a = engine.assess(mx(date).type("IMP", "IN")
                .line("6109100100", "CN", "20000", "1000", "C62", null).build());
        assertTotal(a, "DTA", dta);
        if (!date.startsWith("2024")) {
            assertThat(a.warnings()).extracting(Assessment.Warning::ruleId).contains("MX.DTA.III");
        }
    }

    @ParameterizedTest(name = "diesel IEPS on {0} = {1}")
    @CsvSource({"2026-01-01, 294536", "2026-12-31, 294536"})
    void diesel_quota_2026(String date, String ieps) {
        Assessment a = engine.assess(mx(date).line("2710199903", "US", "30000", "40000", "LTR", null).build());
        assertTotal(a, "IEPS", ieps);
    }

    @ParameterizedTest(name = "in-transit exemption: exported {0}, entered {1} → S122 {2}")
    @CsvSource({"2026-02-23, 2026-02-27, 0.00", "2026-02-23, 2026-02-28, 10000.00", "2026-02-24, 2026-02-25, 10000.00"})
    void section_122_in_transit(String exported, String entered, String s122) {
        AssessmentRequest r = us(entered).exportDate(LocalDate.parse(exported))
                .line(usLine("8479899499", "DE", "100000", "1", "C62", null, null, List.of(), null)).build();
        assertTotal(engine.assess(r), "S122", s122);
    }

    private static void assertTotal(Assessment a, String code, String expected) {
        boolean present = a.totals().stream().anyMatch(t -> t.code().equals(code));
        if (expected.equals("-")) {
            assertThat(present).as(code + " absent").isFalse();
        } else {
            assertThat(present).as(code + " present").isTrue();
            assertThat(a.totalOf(code)).as(code).isEqualByComparingTo(d(expected));
        }
    }
}
