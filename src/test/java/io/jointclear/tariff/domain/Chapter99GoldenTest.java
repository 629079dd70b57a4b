package io.jointclear.tariff.domain;

import static io.jointclear.tariff.domain.Declarations.d;
import static io.jointclear.tariff.domain.Declarations.us;
import static io.jointclear.tariff.domain.Declarations.usTshirts;
import static io.jointclear.tariff.domain.Declarations.usLine;
import static io.jointclear.tariff.domain.InMemoryReference.adValorem;
import static io.jointclear.tariff.domain.InMemoryReference.free;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden US assessments at dates across 2025 with the shipped measure seed (hand-written rows plus the
 * chapter-99 scopes generated from the legal lists). Each amount is computed by hand in the comment from
 * the legal text; MFN rates of the test lines are inputs (InMemoryReference), chapter 99 and MPF are not.
 */
class Chapter99GoldenTest {

    private final MeasureBook book = Books.seed();
    private final InMemoryReference ref = InMemoryReference.brief()
            .us("3104200000", free(), free(), "KGM")              // potassium chloride (potash)
            .us("7406100000", free(), free(), "KGM")              // copper powders of non-lamellar structure
            .us("7208510030", free(), free(), "KGM")              // flat-rolled steel, not in coils
            .us("8708292500", adValorem("2.5"), free(), "C62");   // body stampings for tractors (auto part)
    private final AssessmentEngine engine = new AssessmentEngine(ref, ref, () -> book);

    private Assessment assess(String date, AssessmentRequest.Line line) {
        return engine.assess(us(date).line(line).build());
    }

    @Test
    void mexican_tshirts_before_and_after_the_fentanyl_duty() {
        // 2025-03-03: EO 14194 not yet in force → no IEEPA; MPF FY2025 0.3464% × 48,000 = 166.272 → 166.27.
        Assessment before = assess("2025-03-03", usTshirts("MX", "48000"));
        assertThat(before.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(before.lines().getFirst().chapter99()).isEmpty();
        assertThat(before.totalOf("MPF")).isEqualByComparingTo("166.27");
        // 2025-03-04: 9903.01.01 "+ 25%" on products of Mexico → 25% × 48,000 = 12,000.00.
        assertThat(assess("2025-03-04", usTshirts("MX", "48000")).totalOf("IEEPA")).isEqualByComparingTo("12000.00");
        // 2026-02-23, last day of collection: still 12,000.00; 2026-02-24: IEEPA gone, Section 122 10% = 4,800.00.
        assertThat(assess("2026-02-23", usTshirts("MX", "48000")).totalOf("IEEPA")).isEqualByComparingTo("12000.00");
        Assessment s122 = assess("2026-02-24", usTshirts("MX", "48000"));
        assertThat(s122.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(s122.totalOf("S122")).isEqualByComparingTo("4800.00");
    }

    @Test
    void done_when_tshirts_2025_10_15_and_2025_01_15_with_their_fiscal_year_mpf() {
        // 2025-10-15, USD 200,000: IEEPA 25% = 50,000.00; MPF FY2026 0.3464% × 200,000 = 692.80 > max 651.50.
        Assessment october = assess("2025-10-15", usTshirts("MX", "200000"));
        assertThat(october.totalOf("IEEPA")).isEqualByComparingTo("50000.00");
        assertThat(october.totalOf("MPF")).isEqualByComparingTo("651.50");
        Assessment.Chapter99 why = october.lines().getFirst().chapter99().getFirst();
        assertThat(why.heading()).isEqualTo("9903.01.01");
        assertThat(why.effect()).isEqualTo("CHARGED");
        assertThat(why.revision()).isEqualTo("rev_4");
        assertThat(why.list()).contains("EO 14194");
        // 2025-01-15: no chapter-99 duty; MPF FY2025 692.80 > max 634.62 (19 CFR 24.23(b)(1), FR 2024-15990).
        Assessment january = assess("2025-01-15", usTshirts("MX", "200000"));
        assertThat(january.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(january.lines().getFirst().chapter99()).isEmpty();
        assertThat(january.totalOf("MPF")).isEqualByComparingTo("634.62");
    }

    @Test
    void potash_of_mexico_drops_to_ten_percent_on_2025_03_07() {
        AssessmentRequest.Line potash = usLine("3104200000", "MX", "10000", "20000", "KGM", null, "20000", List.of(), null);
        // 2025-03-06: 9903.01.01 25% × 10,000 = 2,500.00.
        assertThat(assess("2025-03-06", potash).totalOf("IEEPA")).isEqualByComparingTo("2500.00");
        // 2025-03-07: 9903.01.05 "+ 10%" (potash, U.S. note 2(c)) × 10,000 = 1,000.00.
        Assessment after = assess("2025-03-07", potash);
        assertThat(after.totalOf("IEEPA")).isEqualByComparingTo("1000.00");
        assertThat(after.lines().getFirst().chapter99()).extracting(Assessment.Chapter99::heading).containsExactly("9903.01.05");
        // The same potash claiming USMCA (SPI S) on 2025-03-07: exempt under General Note 11.
        AssessmentRequest.Line usmca = usLine("3104200000", "MX", "10000", "20000", "KGM", "S", "20000", List.of(), null);
        Assessment exempt = assess("2025-03-07", usmca);
        assertThat(exempt.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(exempt.lines().getFirst().chapter99().getFirst().effect()).isEqualTo("EXEMPT");
    }

    @Test
    void annex_ii_exemption_window_of_copper_ends_when_section_232_copper_starts() {
        AssessmentRequest.Line copper = usLine("7406100000", "JP", "10000", "1000", "KGM", null, "1000", List.of(), d("10000"));
        // 2025-07-31: 7406.10.00.00 is on Annex II until 2025-07-31 → reciprocal 9903.01.25 not due (9903.01.32).
        Assessment inWindow = assess("2025-07-31", copper);
        assertThat(inWindow.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(inWindow.totalOf("S232")).isEqualByComparingTo("0");
        Assessment.Chapter99 exemption = inWindow.lines().getFirst().chapter99().getFirst();
        assertThat(exemption.heading()).isEqualTo("9903.01.32");
        assertThat(exemption.effect()).isEqualTo("EXEMPT");
        // 2025-08-01: 9903.78.01 "50% upon the value of the copper content" × 10,000 = 5,000.00; nothing left for
        // the reciprocal duty.
        Assessment after = assess("2025-08-01", copper);
        assertThat(after.totalOf("S232")).isEqualByComparingTo("5000.00");
        assertThat(after.totalOf("IEEPA")).isEqualByComparingTo("0");
        // A Japanese machine not on Annex II on 2025-07-31: baseline 10% × 100,000 = 10,000.00.
        AssessmentRequest.Line machine = usLine("8479899499", "JP", "100000", "1", "C62", null, null, List.of(), null);
        assertThat(assess("2025-07-31", machine).totalOf("IEEPA")).isEqualByComparingTo("10000.00");
    }

    @Test
    void section_232_steel_doubles_on_2025_06_04() {
        AssessmentRequest.Line steel = usLine("7208510030", "MX", "100000", "100000", "KGM", null, "100000", List.of(), null);
        // 2025-06-03: 9903.81.87 "+ 25%" × 100,000 = 25,000.00; IEEPA has no value left (brief §4.6).
        Assessment before = assess("2025-06-03", steel);
        assertThat(before.totalOf("S232")).isEqualByComparingTo("25000.00");
        assertThat(before.totalOf("IEEPA")).isEqualByComparingTo("0");
        // 2025-06-04: 9903.81.87 "+ 50%" (Proclamation 10947) × 100,000 = 50,000.00.
        assertThat(assess("2025-06-04", steel).totalOf("S232")).isEqualByComparingTo("50000.00");
    }

    @Test
    void a_steel_derivative_pays_on_its_declared_content_and_says_so_when_it_is_missing() {
        // German steel structure 7308.90.95.90, USD 100,000 with 40,000 of steel content.
        // 2025-06-03: 9903.81.90 "+ 25%" on the full value = 25,000.00; no reciprocal left.
        AssessmentRequest.Line declared = usLine("7308909590", "DE", "100000", "1000", "KGM", null, null, List.of(), d("40000"));
        Assessment before = assess("2025-06-03", declared);
        assertThat(before.totalOf("S232")).isEqualByComparingTo("25000.00");
        assertThat(before.totalOf("IEEPA")).isEqualByComparingTo("0");
        // 2025-06-04: 50% × 40,000 = 20,000.00; reciprocal baseline 10% × 60,000 = 6,000.00.
        Assessment after = assess("2025-06-04", declared);
        assertThat(after.totalOf("S232")).isEqualByComparingTo("20000.00");
        assertThat(after.totalOf("IEEPA")).isEqualByComparingTo("6000.00");
        // Without the content: 50% × 100,000 = 50,000.00, and the answer says the content is missing.
        AssessmentRequest.Line undeclared = usLine("7308909590", "DE", "100000", "1000", "KGM", null, null, List.of(), null);
        Assessment missing = assess("2025-06-04", undeclared);
        assertThat(missing.totalOf("S232")).isEqualByComparingTo("50000.00");
        assertThat(missing.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("METAL_CONTENT_REQUIRED");
            assertThat(w.message()).contains("7308909590", "9903.81.90", "metalContentValue");
        });
        assertThat(after.warnings()).noneMatch(w -> w.code().equals("METAL_CONTENT_REQUIRED"));
    }

    @Test
    void auto_parts_from_2025_05_03_unless_usmca() {
        AssessmentRequest.Line part = usLine("8708292500", "MX", "10000", "100", "C62", null, null, List.of(), null);
        // 2025-05-02: not yet under 9903.94.05 → IEEPA 25% × 10,000 = 2,500.00.
        Assessment before = assess("2025-05-02", part);
        assertThat(before.totalOf("S232")).isEqualByComparingTo("0");
        assertThat(before.totalOf("IEEPA")).isEqualByComparingTo("2500.00");
        // 2025-05-03: 9903.94.05 "+ 25%" × 10,000 = 2,500.00 on the full value; IEEPA not stacked.
        Assessment after = assess("2025-05-03", part);
        assertThat(after.totalOf("S232")).isEqualByComparingTo("2500.00");
        assertThat(after.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(after.lines().getFirst().chapter99()).extracting(Assessment.Chapter99::heading, Assessment.Chapter99::effect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("9903.94.05", "CHARGED"),
                        org.assertj.core.groups.Tuple.tuple("9903.01.01", "NOT_STACKED"));
        // USMCA-qualifying part (9903.94.06, U.S. note 33(h)) and General Note 11: nothing.
        AssessmentRequest.Line usmca = usLine("8708292500", "MX", "10000", "100", "C62", "S", null, List.of(), null);
        Assessment exempt = assess("2025-05-03", usmca);
        assertThat(exempt.totalOf("S232")).isEqualByComparingTo("0");
        assertThat(exempt.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(exempt.lines().getFirst().chapter99()).extracting(Assessment.Chapter99::heading)
                .containsExactly("9903.94.06", "GN11");
    }

    @Test
    void chinese_tshirts_pay_section_301_list_4a_and_the_china_ieepa_duties() {
        // 6109.10.00 is on list 4A: 9903.88.15 "+ 7.5%" × 48,000 = 3,600.00.
        Assessment a = assess("2025-01-15", usTshirts("CN", "48000"));
        assertThat(a.totalOf("S301")).isEqualByComparingTo("3600.00");
        assertThat(a.lines().getFirst().chapter99().getFirst().list()).contains("list 4A");
        // 2025-05-01: fentanyl 9903.01.24 20% + reciprocal 9903.01.63 125% = 9,600.00 + 60,000.00 (no NOTICE left).
        Assessment later = assess("2025-05-01", usTshirts("CN", "48000"));
        assertThat(later.totalOf("IEEPA")).isEqualByComparingTo("69600.00");
        assertThat(later.warnings()).noneMatch(w -> w.ruleId().startsWith("US.NOTICE.IEEPA-CHINA"));
    }

    @Test
    void section_122_spares_the_products_of_its_annex() {
        // 0201.10.05 (beef) is on the Section 122 exempt list: S122 not due on 2026-03-10.
        ref.us("0201100510", free(), free(), "KGM");
        AssessmentRequest.Line beef = usLine("0201100510", "AU", "10000", "1000", "KGM", null, "1000", List.of(), null);
        Assessment a = assess("2026-03-10", beef);
        assertThat(a.totalOf("S122")).isEqualByComparingTo("0");
        assertThat(a.lines().getFirst().chapter99().getFirst().effect()).isEqualTo("EXEMPT");
        // A machine of the same origin pays 10% × 100,000 = 10,000.00.
        AssessmentRequest.Line machine = usLine("8479899499", "AU", "100000", "1", "C62", null, null, List.of(), null);
        assertThat(assess("2026-03-10", machine).totalOf("S122")).isEqualByComparingTo(new BigDecimal("10000.00"));
    }
}
