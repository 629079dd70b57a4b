package io.jointclear.reference.htsus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The history of line versions built from revisions, without a database. */
class HtsHistoryTest {

    private static HtsLineText line(String code, String general) {
        return new HtsLineText(code, "d", List.of("kg"), general, "", "", "", "", code.startsWith("99"), List.of());
    }

    @Test
    void an_unchanged_line_keeps_one_version_a_changed_one_is_closed_the_day_before_a_dropped_one_is_closed() {
        HtsHistory history = new HtsHistory();
        LocalDate jan = LocalDate.of(2025, 1, 1);
        LocalDate mar = LocalDate.of(2025, 3, 4);
        history.apply("2025_basic", jan, List.of(line("0101210010", "Free"), line("0702002032", "3.9¢/kg"),
                line("9903010100", "The duty provided in the applicable subheading + 25%")));
        HtsHistory.Changes changes = history.apply("2025_rev_3", mar, List.of(line("0101210010", "Free"),
                line("0702002032", "2.8¢/kg"), line("9903010200", "The duty provided in the applicable subheading + 10%")));

        assertThat(changes.added()).isEqualTo(1);
        assertThat(changes.changed()).isEqualTo(1);
        assertThat(changes.removed()).isEqualTo(1);
        Map<String, List<HtsHistory.Version>> byCode = new HashMap<>();
        history.versions().forEach(v -> byCode.computeIfAbsent(v.text().tariffCode(), c -> new java.util.ArrayList<>()).add(v));
        assertThat(byCode.get("0101210010")).singleElement().satisfies(v -> {
            assertThat(v.from()).isEqualTo(jan);
            assertThat(v.to()).isNull();
        });
        assertThat(byCode.get("0702002032")).extracting(HtsHistory.Version::from, HtsHistory.Version::to)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(jan, mar.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple(mar, null));
        assertThat(byCode.get("9903010100")).singleElement().extracting(HtsHistory.Version::to).isEqualTo(mar.minusDays(1));
    }

    @Test
    void a_revision_not_after_the_latest_is_refused() {
        HtsHistory history = new HtsHistory();
        history.apply("2025_rev_3", LocalDate.of(2025, 3, 4), List.of(line("0101210010", "Free")));
        assertThatThrownBy(() -> history.apply("2025_rev_4", LocalDate.of(2025, 3, 4), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every shipped revision: what the start-up load reads, and how many versions it stores. */
    @Test
    void the_shipped_revisions_apply_in_date_order_and_store_far_fewer_rows_than_copies() throws IOException {
        List<ShippedRevisions.Shipped> shipped = ShippedRevisions.list();
        assertThat(shipped).hasSize(43);
        assertThat(shipped.getFirst().validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(shipped).extracting(ShippedRevisions.Shipped::revision).doesNotContain("2026_rev_8");
        HtsHistory history = new HtsHistory();
        long printed = 0;
        long started = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        for (ShippedRevisions.Shipped s : shipped) {
            try (InputStream in = new GZIPInputStream(new ClassPathResource(s.resource()).getInputStream(), 1 << 16)) {
                HtsusFile file = HtsusFile.readJson(in);
                printed += history.apply(s.revision(), s.validFrom(), file.lines().stream().map(HtsLineText::of).toList()).lines();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        int versions = history.versions().size();
        System.out.printf("%d revisions read and applied in %d ms (%d ms CPU, one thread): %d lines printed, %d versions stored%n",
                shipped.size(), millis, cpuMillis, printed, versions);
        assertThat(versions).isLessThan((int) (printed / 10));
    }
}
