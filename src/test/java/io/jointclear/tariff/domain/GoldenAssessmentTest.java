package io.jointclear.tariff.domain;

import static io.jointclear.tariff.domain.Declarations.d;
import static io.jointclear.tariff.domain.Declarations.mx;
import static io.jointclear.tariff.domain.Declarations.us;
import static io.jointclear.tariff.domain.Declarations.usLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked example of the brief, as golden totals (MX to the peso, US to the cent). The brief's
 * illustrative rates come from {@link InMemoryReference#brief()}; measures from the shipped seed.
 */
class GoldenAssessmentTest {

    private final AssessmentEngine engine = Books.engine();

    static Stream<Arguments> examples() {
        return Stream.of(
                // MX-1: definitive import, non-FTA origin; IGI 35%, TC 18, FOB 20,000 + 1,800 + 200.
                golden("MX-1", mx("2026-03-10").incrementables("1800", "200")
                                .line("6109100100", "CN", "20000", "1000", "C62", null).build(),
                        "IGI=138600 DTA=3168 IVA=86043 PRV=290 IVA_PRV=46", "228147"),
                // MX-2: same goods, T-MEC originating: IGI 0, DTA exempt F.P. 9, IVA on 396,000.
                golden("MX-2", mx("2026-03-10").incrementables("1800", "200")
                                .line("6109100100", "US", "20000", "1000", "C62", "USMCA").build(),
                        "IGI=0 DTA=0 IVA=63360 PRV=290 IVA_PRV=46", "63696"),
                // MX-2b: IGI 10%, CC 25% ad valorem; IVA base 537,768.
                golden("MX-2b ad valorem CC", mx("2026-03-10").incrementables("1800", "200")
                                .line("6109100200", "CN", "20000", "10000", "KGM", null).build(),
                        "IGI=39600 DTA=3168 CC=99000 IVA=86043 PRV=290 IVA_PRV=46", "228147"),
                // MX-2b specific: CC USD 1.05/kg × 10,000 kg × 18 = 189,000.
                golden("MX-2b specific CC", mx("2026-03-10").incrementables("1800", "200")
                                .line("6109100200", "VN", "20000", "10000", "KGM", null).build(),
                        "IGI=39600 DTA=3168 CC=189000 IVA=100443 PRV=290 IVA_PRV=46", "332547"),
                // MX-3: IMMEX IN in 2024: IGI deferred (F.P. 5), DTA fr. III 425, IVA 86,043 on the
                // hypothetical definitive base (F.P. 21, certified). PRV for 2024 not loaded.
                golden("MX-3", mx("2024-06-10").type("IMP", "IN").identifier("CI").incrementables("1800", "200")
                                .line("6109100100", "CN", "20000", "1000", "C62", null).build(),
                        "IGI=138600 DTA=425 IVA=86043", "225068"),
                // MX-4: 40,000 L diesel, USD 30,000, TC 18, IGI 0: IEPS 294,536; carbon 8,619.64 → 8,620.
                golden("MX-4", mx("2026-03-10")
                                .line("2710199903", "US", "30000", "40000", "LTR", null).build(),
                        "IGI=0 DTA=4320 IEPS=294536 IEPS_CARBON=8620 IVA=135596 PRV=290 IVA_PRV=46", "443408"),
                // US-1: MPF FY2026 on 150,000 → 519.60 (MFN 5% = 7,500; s122 not yet in force).
                golden("US-1 150,000", us("2025-11-03").line(usLine("8479899499", "MX", "150000", "1", "C62", null, null, List.of(), null)).build(),
                        "DUTY=7500.00 MPF=519.60 IEEPA=37500.00", "45519.60"),
                // German goods on 2025-11-03 also pay the EU "all-in" rate 9903.02.20: 15% less the MFN 5%
                // → 5,000 × 10% = 500.00 and 300,000 × 10% = 30,000.00.
                golden("US-1 minimum", us("2025-11-03").line(usLine("8479899499", "DE", "5000", "1", "C62", null, null, List.of(), null)).build(),
                        "DUTY=250.00 MPF=33.58 IEEPA=500.00", "783.58"),
                golden("US-1 maximum", us("2025-11-03").line(usLine("8479899499", "DE", "300000", "1", "C62", null, null, List.of(), null)).build(),
                        "DUTY=15000.00 MPF=651.50 IEEPA=30000.00", "45651.50"),
                golden("US-1 USMCA", us("2025-11-03").line(usLine("8479899499", "MX", "150000", "1", "C62", "S", null, List.of(), null)).build(),
                        "DUTY=0.00 MPF=0.00 IEEPA=0.00", "0.00"),
                // US-2: non-USMCA machine of Mexico, 100,000, MFN 5%, in its periods.
                golden("US-2 IEEPA first day", us("2025-03-04").line(machine(null)).build(),
                        "DUTY=5000.00 IEEPA=25000.00 MPF=346.40", "30346.40"),
                golden("US-2 IEEPA last day", us("2026-02-23").line(machine(null)).build(),
                        "DUTY=5000.00 IEEPA=25000.00 MPF=346.40", "30346.40"),
                golden("US-2 s122 first day", us("2026-02-24").line(machine(null)).build(),
                        "DUTY=5000.00 S122=10000.00 MPF=346.40", "15346.40"),
                // From 2026-04-06, 8479.89 is on metals annex 3 (9903.82.10, "15%" all-in): 15% − MFN 5% = 10,000.00
                // as Section 232 on the full value, so Section 122 is not stacked (0.00); the total is unchanged.
                golden("US-2 s122 day before 2026-07-24", us("2026-07-23").line(machine(null)).build(),
                        "DUTY=5000.00 S232=10000.00 S122=0.00 MPF=346.40", "15346.40"),
                golden("US-2 USMCA after exception", us("2025-03-07").line(machine("S")).build(),
                        "DUTY=0.00 IEEPA=0.00 MPF=0.00", "0.00"),
                golden("US-2 USMCA before exception", us("2025-03-05").line(machine("S")).build(),
                        "DUTY=0.00 IEEPA=25000.00 MPF=0.00", "25000.00"),
                // Contract US example: T-shirts 2,000 DZN, USD 48,000, no SPI, 2026-03-10.
                golden("US contract T-shirts", us("2026-03-10").line(usLine("6109100012", "MX", "48000.0", "2000", "DZN", null, "5200", List.of(), null)).build(),
                        "DUTY=7920.00 S122=4800.00 MPF=166.27", "12886.27"),
                // Tomatoes A-201-820: USD 40,000 entry → all-others 17.09% = 6,836.
                golden("Tomatoes A-201-820", us("2026-03-10").entryType("03").line(tomatoes("40000", "S")).build(),
                        "DUTY=0.00 S122=0.00 ADD=6836.00 MPF=0.00", "6836.00"),
                golden("Tomatoes crossing", us("2026-03-10").entryType("03").line(tomatoes("21600.0", "S")).build(),
                        "DUTY=0.00 S122=0.00 ADD=3691.44 MPF=0.00", "3691.44"),
                // HTSUS 2710.12.15 gasoline 52.5¢/bbl: 10,000 bbl → 5,250 (brief §4.3), declared in litres;
                // energy is on Annex II (9903.01.32), so the EU reciprocal rate is exempt: IEEPA 0.00.
                golden("Gasoline specific", us("2025-11-03").line(usLine("2710121500", "DE", "700000", "1589872.94928", "LTR", null, null, List.of(), null)).build(),
                        "DUTY=5250.00 MPF=651.50 IEEPA=0.00", "5901.50"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void matches_the_brief(String name, AssessmentRequest request, Map<String, BigDecimal> totals, BigDecimal total) {
        Assessment a = engine.assess(request);
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        a.totals().forEach(t -> actual.put(t.code(), t.amount()));
        assertThat(actual).as(name + " totals").containsExactlyInAnyOrderEntriesOf(totals);
        assertThat(a.total()).as(name + " total").isEqualByComparingTo(total);
    }

    @Test
    void mx1_lines_are_explained() {
        Assessment a = engine.assess(mx("2026-03-10").incrementables("1800", "200")
                .line("6109100100", "CN", "20000", "1000", "C62", null).build());
        assertThat(a.customsValue()).isEqualByComparingTo("396000.00");
        Assessment.Line line = a.lines().getFirst();
        assertThat(line.tax("IVA").amount()).isEqualByComparingTo("86042.88");
        assertThat(line.tax("IVA").base()).isEqualByComparingTo("537768.00");
        assertThat(line.tax("DTA").rate()).isEqualTo("8‰");
        assertThat(line.tax("DTA").legalBasis()).contains("LFD art. 49 fr. I");
        assertThat(line.tax("DTA").ruleId()).isEqualTo("MX.DTA.I");
        assertThat(a.cash()).isEqualByComparingTo("228147");
        assertThat(a.warnings()).extracting(Assessment.Warning::ruleId).contains("MX.PRV");
    }

    @Test
    void mx2_dta_is_exempt_with_payment_form_9() {
        Assessment a = engine.assess(mx("2026-03-10").incrementables("1800", "200")
                .line("6109100100", "US", "20000", "1000", "C62", "USMCA").build());
        Assessment.Tax dta = a.lines().getFirst().tax("DTA");
        assertThat(dta.paymentForm()).isEqualTo("9");
        assertThat(dta.rateType()).isEqualTo("EXEMPT");
        assertThat(a.warnings()).extracting(Assessment.Warning::ruleId).contains("MX.DTA.EXEMPT.TMEC");
    }

    @Test
    void mx3_payment_forms_and_cash() {
        Assessment a = engine.assess(mx("2024-06-10").type("IMP", "IN").identifier("CI").incrementables("1800", "200")
                .line("6109100100", "CN", "20000", "1000", "C62", null).build());
        Assessment.Line line = a.lines().getFirst();
        assertThat(line.tax("IGI").paymentForm()).isEqualTo("5");
        assertThat(line.tax("IVA").paymentForm()).isEqualTo("21");
        assertThat(line.tax("IVA").base()).isEqualByComparingTo("537768.00");
        assertThat(line.tax("DTA")).isNull();
        assertThat(a.headerTaxes()).extracting(Assessment.Tax::code).containsExactly("DTA");
        assertThat(a.cash()).isEqualByComparingTo("425");
        assertThat(a.warnings()).extracting(Assessment.Warning::code).contains("PRV_NOT_LOADED");
        // Non-certified with a guarantee: F.P. 22; neither: cash.
        assertThat(engine.assess(mx("2024-06-10").type("IMP", "IN").guarantee()
                .line("6109100100", "CN", "20000", "1000", "C62", null).build())
                .lines().getFirst().tax("IVA").paymentForm()).isEqualTo("22");
    }

    @Test
    void mx4_carbon_line_keeps_cents_and_total_rounds_to_pesos() {
        Assessment a = engine.assess(mx("2026-03-10").line("2710199903", "US", "30000", "40000", "LTR", null).build());
        Assessment.Line line = a.lines().getFirst();
        assertThat(line.tax("IEPS_CARBON").amount()).isEqualByComparingTo("8619.64");
        assertThat(line.tax("IEPS").amount()).isEqualByComparingTo("294536.00");
        assertThat(line.tax("IEPS").rate()).startsWith("7.3634 MXN/LTR");
        assertThat(line.tax("IVA").amount()).isEqualByComparingTo("135596.10");
        assertThat(a.totalOf("IEPS_CARBON")).isEqualByComparingTo("8620");
        // The brief's 443,071.74 excludes PRV: 4,320 + 294,536 + 8,619.64 + 135,596.10.
        BigDecimal withoutPrv = line.taxes().stream().map(Assessment.Tax::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(withoutPrv).isEqualByComparingTo("443071.74");
    }

    @Test
    void contract_diesel_with_usmca_claim() {
        Assessment a = engine.assess(mx("2026-03-10").line("2710199903", "US", "30000.00", "40000", "LTR", "USMCA").build());
        assertThat(a.totalOf("DTA")).isEqualByComparingTo("0");
        assertThat(a.totalOf("IEPS")).isEqualByComparingTo("294536");
        // 0.16 × (540,000 + 294,536 + 8,619.64) = 134,904.9024 → 134,904.90 → 134,905
        assertThat(a.lines().getFirst().tax("IVA").amount()).isEqualByComparingTo("134904.90");
        assertThat(a.totalOf("IVA")).isEqualByComparingTo("134905");
    }

    @Test
    void us_mixed_entry_prorates_mpf() {
        // FY2026: 0.3464% of 200,000 = 692.80 → cap 651.50; half the value claims USMCA → 325.75.
        Assessment a = engine.assess(us("2025-11-03")
                .line(usLine("8479899499", "MX", "100000", "1", "C62", "S", null, List.of(), null))
                .line(usLine("8479899499", "DE", "100000", "1", "C62", null, null, List.of(), null)).build());
        assertThat(a.totalOf("MPF")).isEqualByComparingTo("325.75");
        assertThat(a.headerTaxes().getFirst().rateType()).isEqualTo("PRORATED");
    }

    @Test
    void us_informal_entry_pays_the_flat_fee() {
        Assessment a = engine.assess(us("2026-03-10").entryType("11")
                .line(usLine("8479899499", "DE", "1500", "1", "C62", null, null, List.of(), null)).build());
        assertThat(a.totalOf("MPF")).isEqualByComparingTo("2.69");
    }

    @Test
    void us_steel_derivative_splits_metal_content_and_residual() {
        // 2026-03-10: 232 at 50% on 40,000 of steel content; s122 10% on the other 60,000.
        Assessment a = engine.assess(us("2026-03-10")
                .line(usLine("7308909590", "DE", "100000", "1000", "KGM", null, null, List.of(), d("40000"))).build());
        assertThat(a.totalOf("S232")).isEqualByComparingTo("20000.00");
        assertThat(a.totalOf("S122")).isEqualByComparingTo("6000.00");
    }

    private static Arguments golden(String name, AssessmentRequest request, String totals, String total) {
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        for (String pair : totals.split(" ")) {
            String[] kv = pair.split("=");
            expected.put(kv[0], new BigDecimal(kv[1]));
        }
        return Arguments.of(name, request, expected, new BigDecimal(total));
    }

    private static AssessmentRequest.Line machine(String spi) {
        return usLine("8479899499", "MX", "100000", "1", "C62", spi, null, List.of(), null);
    }

    static AssessmentRequest.Line tomatoes(String value, String spi) {
        return new AssessmentRequest.Line("0702002032", "Fresh Roma tomatoes", "MX",
                new AssessmentRequest.Quantity(d("18000"), "KGM"), d("18000"), d(value), spi, List.of("A-201-820"),
                "MXAGRELR123CUL", null, null, null);
    }
}
