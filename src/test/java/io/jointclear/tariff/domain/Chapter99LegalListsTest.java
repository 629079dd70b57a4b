package io.jointclear.tariff.domain;

import static io.jointclear.tariff.domain.Declarations.d;
import static io.jointclear.tariff.domain.Declarations.us;
import static io.jointclear.tariff.domain.Declarations.usTshirts;
import static io.jointclear.tariff.domain.Declarations.usLine;
import static io.jointclear.tariff.domain.InMemoryReference.adValorem;
import static io.jointclear.tariff.domain.InMemoryReference.free;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden US assessments for the chapter-99 measures loaded from the legal lists and the revisions' own
 * heading texts (issue 11 item 2): IEEPA on China, the country rates of EO 14257 and EO 14326, the Brazil
 * and India orders, the "all-in" rates, the Section 301 four-year review. Each amount is computed by hand
 * in the comment from the heading text of the revision named; MFN rates of the test lines are inputs.
 */
class Chapter99LegalListsTest {

    private final MeasureBook book = Books.seed();
    private final InMemoryReference ref = InMemoryReference.brief()
            .us("6307909875", adValorem("7"), free(), "C62")      // face masks (list 4A, four-year review)
            .us("8471300100", free(), free(), "C62")              // laptops (Annex II from 2025-04-05)
            .us("2009110000", free(), free(), "LTR")              // frozen orange juice (Brazil order Annex I)
            .us("8708994100", adValorem("2.5"), free(), "NO")     // parts for tractors and trucks (MHD parts list only)
            .us("8541430010", free(), free(), "NO")               // CSPV modules (Section 201)
            .us("8207300000", adValorem("2.9"), free(), "NO");    // press tools (metals annex 3), MFN an input
    private final AssessmentEngine engine = new AssessmentEngine(ref, ref, () -> book);

    private Assessment assess(String date, AssessmentRequest.Line line) {
        return engine.assess(us(date).line(line).build());
    }

    /** A machine 8479.89.94.99, MFN 5 % in the test reference, on no exemption list. */
    private static AssessmentRequest.Line machine(String origin) {
        return usLine("8479899499", origin, "100000", "1", "C62", null, null, List.of(), null);
    }

    private static List<String> headings(Assessment a) {
        return a.lines().getFirst().chapter99().stream().map(Assessment.Chapter99::heading).toList();
    }

    @Test
    void chinese_tshirts_through_2025_fentanyl_plus_reciprocal_plus_section_301() {
        // 2025-04-10: 9903.01.24 "+ 20%" (rev_3) × 48,000 = 9,600.00; 9903.01.63 "+ 125%" (rev_9) × 48,000
        // = 60,000.00 → IEEPA 69,600.00; 9903.88.15 "+ 7.5%" × 48,000 = 3,600.00.
        Assessment april = assess("2025-04-10", usTshirts("CN", "48000"));
        assertThat(april.totalOf("IEEPA")).isEqualByComparingTo("69600.00");
        assertThat(april.totalOf("S301")).isEqualByComparingTo("3600.00");
        assertThat(headings(april)).containsExactly("9903.01.24", "9903.01.63", "9903.88.15");
        assertThat(april.warnings()).noneMatch(w -> w.code().equals("NOTICE"));
        // 2025-04-09: 20% + 9903.01.63 "+ 84%" (rev_8) = 9,600.00 + 40,320.00 = 49,920.00.
        assertThat(assess("2025-04-09", usTshirts("CN", "48000")).totalOf("IEEPA")).isEqualByComparingTo("49920.00");
        // 2025-04-07: 20% + baseline 9903.01.25 "+ 10%" (rev_7, China not yet on its own heading) = 14,400.00.
        assertThat(assess("2025-04-07", usTshirts("CN", "48000")).totalOf("IEEPA")).isEqualByComparingTo("14400.00");
        // 2025-05-20 (Geneva, EO 14298): 20% + 9903.01.25 "+ 10%" (rev_12) = 9,600.00 + 4,800.00 = 14,400.00.
        Assessment may = assess("2025-05-20", usTshirts("CN", "48000"));
        assertThat(may.totalOf("IEEPA")).isEqualByComparingTo("14400.00");
        assertThat(headings(may)).containsExactly("9903.01.24", "9903.01.25", "9903.88.15");
        // 2025-11-15: 9903.01.24 "+ 10%" (rev_27, November deal) + 10% = 4,800.00 + 4,800.00 = 9,600.00.
        assertThat(assess("2025-11-15", usTshirts("CN", "48000")).totalOf("IEEPA")).isEqualByComparingTo("9600.00");
        // 2025-02-10: only 9903.01.20 "+ 10%" (rev_1) = 4,800.00; Hong Kong the same.
        assertThat(assess("2025-02-10", usTshirts("CN", "48000")).totalOf("IEEPA")).isEqualByComparingTo("4800.00");
        assertThat(assess("2025-02-10", usTshirts("HK", "48000")).totalOf("IEEPA")).isEqualByComparingTo("4800.00");
        // 2026-02-24: IEEPA ended; Section 122 10% = 4,800.00 instead.
        Assessment after = assess("2026-02-24", usTshirts("CN", "48000"));
        assertThat(after.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(after.totalOf("S122")).isEqualByComparingTo("4800.00");
    }

    @Test
    void annex_ii_spares_a_chinese_laptop_the_reciprocal_rate_but_not_the_fentanyl_duty() {
        AssessmentRequest.Line laptop = usLine("8471300100", "CN", "10000", "10", "C62", null, null, List.of(), null);
        // 2025-04-10: 8471.30.01.00 on Annex II from 2025-04-05 → 9903.01.63 not due (9903.01.32);
        // 9903.01.24 "+ 20%" × 10,000 = 2,000.00 still due.
        Assessment a = assess("2025-04-10", laptop);
        assertThat(a.totalOf("IEEPA")).isEqualByComparingTo("2000.00");
        assertThat(a.lines().getFirst().chapter99()).extracting(Assessment.Chapter99::heading, Assessment.Chapter99::effect)
                .contains(tuple("9903.01.24", "CHARGED"), tuple("9903.01.32", "EXEMPT"));
    }

    @Test
    void chinese_fentanyl_duty_stacks_on_section_232_the_reciprocal_rate_does_not() {
        // Chinese steel structure 7308.90.95.90, USD 100,000 with 40,000 steel, 2025-06-04:
        // 9903.81.90 "+ 50%" × 40,000 = 20,000.00; reciprocal 10% × 60,000 = 6,000.00; fentanyl 20% on the
        // full value (EO 14289 does not exempt the China order) = 20,000.00 → IEEPA 26,000.00.
        AssessmentRequest.Line steel = usLine("7308909590", "CN", "100000", "1000", "KGM", null, null, List.of(), d("40000"));
        Assessment a = assess("2025-06-04", steel);
        assertThat(a.totalOf("S232")).isEqualByComparingTo("20000.00");
        assertThat(a.totalOf("IEEPA")).isEqualByComparingTo("26000.00");
    }

    @Test
    void brazil_pays_its_country_rate_and_the_order_of_eo_14323() {
        // 2025-09-01: 9903.02.09 "+ 10%" (rev_18) × 100,000 = 10,000.00 + 9903.01.77 "+ 40%" = 40,000.00.
        Assessment a = assess("2025-09-01", machine("BR"));
        assertThat(a.totalOf("IEEPA")).isEqualByComparingTo("50000.00");
        assertThat(headings(a)).containsExactly("9903.02.09", "9903.01.77");
        // 2025-08-06: the order starts (heading text: after 12:01 a.m. 6 Aug) over the baseline 10%: 50,000.00.
        assertThat(assess("2025-08-06", machine("BR")).totalOf("IEEPA")).isEqualByComparingTo("50000.00");
        // 2025-08-05: baseline only = 10,000.00.
        assertThat(assess("2025-08-05", machine("BR")).totalOf("IEEPA")).isEqualByComparingTo("10000.00");
        // Orange juice 2009.11.00 is on Annex I of EO 14323 (9903.01.81): the 40% is not due, the 10% is.
        AssessmentRequest.Line juice = usLine("2009110000", "BR", "10000", "1000", "LTR", null, "1000", List.of(), null);
        Assessment oj = assess("2025-09-01", juice);
        assertThat(oj.totalOf("IEEPA")).isEqualByComparingTo("1000.00");
        assertThat(oj.lines().getFirst().chapter99()).extracting(Assessment.Chapter99::heading, Assessment.Chapter99::effect)
                .contains(tuple("9903.01.81", "EXEMPT"));
    }

    @Test
    void india_pays_25_plus_25_from_2025_08_27() {
        // 2025-09-01: 9903.02.26 "+ 25%" × 100,000 = 25,000.00 + 9903.01.84 "+ 25%" (rev_20) = 25,000.00.
        Assessment a = assess("2025-09-01", machine("IN"));
        assertThat(a.totalOf("IEEPA")).isEqualByComparingTo("50000.00");
        assertThat(headings(a)).containsExactly("9903.02.26", "9903.01.84");
        // 2025-08-26: the order is not yet in force: 25,000.00.
        assertThat(assess("2025-08-26", machine("IN")).totalOf("IEEPA")).isEqualByComparingTo("25000.00");
        // A laptop (Annex II) pays neither: the India order inherits Annex II (U.S. note 2(z)(ii), 9903.01.86).
        AssessmentRequest.Line laptop = usLine("8471300100", "IN", "10000", "10", "C62", null, null, List.of(), null);
        assertThat(assess("2025-09-01", laptop).totalOf("IEEPA")).isEqualByComparingTo("0");
    }

    @Test
    void eu_goods_pay_the_all_in_rate_from_2025_08_07() {
        // German machine, MFN 5% = 5,000.00 on 100,000. 2025-09-01: 9903.02.20 "15%" all-in → 15,000.00 − 5,000.00
        // = 10,000.00.
        Assessment machine = assess("2025-09-01", machine("DE"));
        assertThat(machine.totalOf("IEEPA")).isEqualByComparingTo("10000.00");
        assertThat(headings(machine)).containsExactly("9903.02.20");
        // Spanish t-shirts, MFN 16.5% = 7,920.00 on 48,000 ≥ 15% × 48,000 = 7,200.00 → nothing added.
        assertThat(assess("2025-09-01", usTshirts("ES", "48000")).totalOf("IEEPA")).isEqualByComparingTo("0");
        // 2025-08-06, before EO 14326: baseline 9903.01.25 10% = 10,000.00; 2025-04-09: Annex I 9903.01.50 20%.
        assertThat(assess("2025-08-06", machine("DE")).totalOf("IEEPA")).isEqualByComparingTo("10000.00");
        assertThat(assess("2025-04-09", machine("DE")).totalOf("IEEPA")).isEqualByComparingTo("20000.00");
        // Vietnam on 2025-04-09: 9903.01.72 "+ 46%" = 46,000.00; on 2025-09-01: 9903.02.69 "+ 20%" = 20,000.00.
        assertThat(assess("2025-04-09", machine("VN")).totalOf("IEEPA")).isEqualByComparingTo("46000.00");
        assertThat(assess("2025-09-01", machine("VN")).totalOf("IEEPA")).isEqualByComparingTo("20000.00");
        // A country without a heading of EO 14326 (Chile): baseline 10% = 10,000.00.
        assertThat(assess("2025-09-01", machine("CL")).totalOf("IEEPA")).isEqualByComparingTo("10000.00");
    }

    @Test
    void list_4a_masks_after_the_four_year_review() {
        AssessmentRequest.Line masks = usLine("6307909875", "CN", "10000", "1000", "C62", null, null, List.of(), null);
        // 2025-06-01: 9903.91.01 "+ 25%" (U.S. note 31(b)) replaces list 4A's 7.5% → 2,500.00.
        Assessment y2025 = assess("2025-06-01", masks);
        assertThat(y2025.totalOf("S301")).isEqualByComparingTo("2500.00");
        assertThat(headings(y2025)).contains("9903.91.01");
        // 2026-01-15: 9903.91.07 "+ 50%" (entries on or after 1 Jan 2026, U.S. note 31(h)) → 5,000.00.
        Assessment y2026 = assess("2026-01-15", masks);
        assertThat(y2026.totalOf("S301")).isEqualByComparingTo("5000.00");
        assertThat(headings(y2026)).contains("9903.91.07");
    }

    @Test
    void a_heavy_truck_part_pays_section_232_from_2025_11_01_unless_usmca() {
        AssessmentRequest.Line part = usLine("8708994100", "MX", "10000", "20", "NO", null, null, List.of(), null);
        // 2025-10-31: not yet under 9903.74.08 → IEEPA 9903.01.01 25% × 10,000 = 2,500.00.
        Assessment before = assess("2025-10-31", part);
        assertThat(before.totalOf("S232")).isEqualByComparingTo("0");
        assertThat(before.totalOf("IEEPA")).isEqualByComparingTo("2500.00");
        // 2025-11-03: 9903.74.08 "+ 25%" (rev_26) × 10,000 = 2,500.00 on the full value; IEEPA not stacked.
        Assessment after = assess("2025-11-03", part);
        assertThat(after.totalOf("S232")).isEqualByComparingTo("2500.00");
        assertThat(after.totalOf("IEEPA")).isEqualByComparingTo("0");
        assertThat(headings(after)).first().isEqualTo("9903.74.08");
        // Claiming USMCA: neither Section 232 nor IEEPA.
        AssessmentRequest.Line usmca = usLine("8708994100", "MX", "10000", "20", "NO", "S", null, List.of(), null);
        Assessment exempt = assess("2025-11-03", usmca);
        assertThat(exempt.totalOf("S232")).isEqualByComparingTo("0");
        assertThat(exempt.totalOf("IEEPA")).isEqualByComparingTo("0");
    }

    @Test
    void a_solar_module_says_exactly_why_no_section_201_duty_is_computed() {
        AssessmentRequest.Line module = usLine("8541430010", "MX", "10000", "20", "NO", null, null, List.of(), null);
        Assessment a = assess("2025-06-02", module);
        assertThat(a.totalOf("S201")).isEqualByComparingTo("0");
        assertThat(a.warnings()).anySatisfy(w -> {
            assertThat(w.ruleId()).isEqualTo("US.NOTICE.S201-SOLAR");
            assertThat(w.message()).contains("9903.45.21", "30%", "tariff-rate quota");
        });
        // The IEEPA duty on the Mexican module is still computed: 25% × 10,000 = 2,500.00.
        assertThat(a.totalOf("IEEPA")).isEqualByComparingTo("2500.00");
    }

    @Test
    void the_metals_annexes_replace_the_content_rule_on_2026_04_06() {
        // German steel structure 7308.90.95.90, USD 100,000 with 40,000 of steel.
        AssessmentRequest.Line steel = usLine("7308909590", "DE", "100000", "1000", "KGM", null, null, List.of(), d("40000"));
        // 2026-04-05: 9903.81.90 50% on the content = 20,000.00; Section 122 10% × 60,000 = 6,000.00.
        Assessment before = assess("2026-04-05", steel);
        assertThat(before.totalOf("S232")).isEqualByComparingTo("20000.00");
        assertThat(before.totalOf("S122")).isEqualByComparingTo("6000.00");
        // 2026-04-06: 7308.90.95 is on annex 1a → 9903.82.02 "+ 50%" (2026 rev 5) on the full value = 50,000.00;
        // nothing left for Section 122.
        Assessment after = assess("2026-04-06", steel);
        assertThat(after.totalOf("S232")).isEqualByComparingTo("50000.00");
        assertThat(after.totalOf("S122")).isEqualByComparingTo("0");
        assertThat(headings(after)).first().isEqualTo("9903.82.02");
        // Before the annexes the United Kingdom stayed at 25% (9903.81.97, rev 14, Proclamation 10947):
        // 2025-06-04: 25% × 40,000 of content = 10,000.00; reciprocal baseline 10% × 60,000 = 6,000.00.
        AssessmentRequest.Line ukSteel = usLine("7308909590", "GB", "100000", "1000", "KGM", null, null, List.of(), d("40000"));
        Assessment uk2025 = assess("2025-06-04", ukSteel);
        assertThat(uk2025.totalOf("S232")).isEqualByComparingTo("10000.00");
        assertThat(uk2025.totalOf("IEEPA")).isEqualByComparingTo("6000.00");
        assertThat(headings(uk2025)).first().isEqualTo("9903.81.97");
        assertThat(uk2025.warnings()).noneMatch(w -> w.ruleId().equals("US.NOTICE.S232-UK-METALS"));
        // The same of the United Kingdom on 2026-04-06: 9903.82.04 "+ 25%" = 25,000.00.
        AssessmentRequest.Line uk = usLine("7308909590", "GB", "100000", "1000", "KGM", null, null, List.of(), d("40000"));
        assertThat(assess("2026-04-06", uk).totalOf("S232")).isEqualByComparingTo("25000.00");
        // Annex 3 press tools 8207.30, MFN 2.9% (input): 9903.82.10 "15%" all-in → 10,000 × 15% − 290.00 = 1,210.00.
        AssessmentRequest.Line tools = usLine("8207300000", "DE", "10000", "10", "NO", null, null, List.of(), null);
        Assessment annex3 = assess("2026-04-06", tools);
        assertThat(annex3.totalOf("DUTY")).isEqualByComparingTo("290.00");
        assertThat(annex3.totalOf("S232")).isEqualByComparingTo("1210.00");
    }
}
