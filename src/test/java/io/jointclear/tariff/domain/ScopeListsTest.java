package io.jointclear.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.shared.Authority;
import io.jointclear.tariff.persistence.MeasureCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The generated chapter-99 rows against the legal lists shipped beside them: every listed product is in
 * scope of the right heading on the right dates, and nothing outside the lists is swept in.
 */
class ScopeListsTest {

    private final MeasureBook book = new MeasureBook(MeasureCsv.seed());

    @Test
    void every_section_301_product_is_on_its_heading() throws IOException {
        List<String[]> rows = rows("s301_product_lists.csv");
        int checked = 0;
        for (String[] r : rows) {
            String heading = switch (r[1]) {
                case "1" -> "9903.88.01";
                case "2" -> "9903.88.02";
                case "3" -> "9903.88.03";
                case "4A" -> "9903.88.15";
                default -> null;
            };
            if (heading != null) {
                assertThat(covering("S301", "US.S301." + heading, r[0] + "00", LocalDate.of(2025, 6, 1)))
                        .as(r[0] + " on " + heading).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void annex_ii_products_are_exempt_exactly_inside_their_window() throws IOException {
        for (String[] r : rows("ieepa_exempt_products.csv")) {
            LocalDate start = r[1].equals("NA") ? LocalDate.of(2025, 4, 5) : LocalDate.parse(r[1]);
            LocalDate end = r[2].equals("NA") ? LocalDate.of(2026, 2, 23) : LocalDate.parse(r[2]);
            assertThat(exempt(r[0], start)).as(r[0] + " from " + start).isTrue();
            assertThat(exempt(r[0], end)).as(r[0] + " until " + end).isTrue();
            assertThat(exempt(r[0], end.plusDays(1))).as(r[0] + " after " + end).isFalse();
            if (start.isAfter(LocalDate.of(2025, 4, 5))) {
                assertThat(exempt(r[0], start.minusDays(1))).as(r[0] + " before " + start).isFalse();
            }
        }
    }

    @Test
    void section_232_lists_replace_the_chapter_approximation() throws IOException {
        for (String[] r : rows("s232_copper_products.csv")) {
            assertThat(covering("S232", "US.S232.COPPER", r[0], LocalDate.of(2025, 8, 1))).as(r[0]).isTrue();
            assertThat(covering("S232", "US.S232.COPPER", r[0], LocalDate.of(2025, 7, 31))).as(r[0]).isFalse();
        }
        // Pig iron (7201) and ferrous scrap (7204) are in chapter 72 but on no Section 232 list.
        assertThat(anyS232("7201100000", LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(anyS232("7204100000", LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(anyS232("7208510030", LocalDate.of(2025, 7, 1))).isTrue();
        for (String code : lines("s232_auto_parts.txt")) {
            assertThat(covering("S232", "US.S232.AUTO-PARTS", code, LocalDate.of(2025, 5, 3))).as(code).isTrue();
        }
    }

    @Test
    void every_scope_row_names_its_revision_list_and_source() {
        List<Measure> scopes = new ArrayList<>();
        for (Measure m : book.all()) {
            if (m.authority() == Authority.US && m.chapter99() && !m.taxCode().equals("NOTICE")) {
                scopes.add(m);
            }
        }
        assertThat(scopes).hasSizeGreaterThan(50).allSatisfy(m -> {
            assertThat(m.revision()).as(m.key()).isNotEmpty();
            assertThat(m.scopeList()).as(m.key()).isNotEmpty();
            assertThat(m.source()).as(m.key()).isNotEmpty();
        });
    }

    @Test
    void seed_keys_and_rule_versions_are_unique_as_the_table_requires() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> versions = new java.util.HashSet<>();
        for (Measure m : book.all()) {
            assertThat(keys.add(m.key())).as("seed key " + m.key()).isTrue();
            assertThat(versions.add(m.ruleId() + " v" + m.version())).as(m.ruleId() + " v" + m.version()).isTrue();
        }
    }

    private boolean covering(String tax, String rule, String code, LocalDate date) {
        for (Measure m : book.of(Authority.US, tax)) {
            if (m.ruleId().equals(rule) && m.inForce(date) && m.specificity(code) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean anyS232(String code, LocalDate date) {
        for (Measure m : book.of(Authority.US, "S232")) {
            if (m.kind() == MeasureKind.PERCENT && m.inForce(date) && m.specificity(code) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean exempt(String code, LocalDate date) {
        for (Measure m : book.of(Authority.US, "IEEPA")) {
            if (m.kind() == MeasureKind.EXEMPTION && m.appliesTo().equals("US.IEEPA.RECIPROCAL") && m.inForce(date)
                    && m.specificity(code) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> all = lines(file);
        for (String line : all.subList(1, all.size())) {
            out.add(line.replace("\"", "").split(","));
        }
        return out;
    }

    private static List<String> lines(String file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                ScopeListsTest.class.getResourceAsStream("/tariff/scopes/" + file + ".gz")), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
