package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.CrossingFilter;
import io.jointclear.clearance.CrossingSort;
import io.jointclear.clearance.CrossingStatus;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list's state read from the URL (leniently, saying what was dropped), its links, and the shared formatters. */
class CrossingListQueryTest {

    private static final List<CrossingSort> SORTS = List.of(CrossingSort.FILED, CrossingSort.EXPECTED_ARRIVAL, CrossingSort.STATUS);
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    @Test
    void readsEveryParameterIntoTheFilterWithDatesAsWholeLocalDays() {
        CrossingListQuery q = CrossingListQuery.parse(Map.of("page", "3", "size", "25", "sort", "expectedArrival",
                "order", "asc", "number", " 26 24 3456 ", "plate", "ab-12", "importer", "Aguacates", "status", "held",
                "from", "2026-03-10", "to", "2026-03-10"), "/console/broker/crossings", SORTS, true);
        assertThat(q.problems()).isEmpty();
        assertThat(q.page()).isEqualTo(3);
        assertThat(q.size()).isEqualTo(25);
        assertThat(q.sort()).isEqualTo(CrossingSort.EXPECTED_ARRIVAL);
        assertThat(q.descending()).isFalse();
        CrossingFilter f = q.filter(MEXICO_CITY, List.of(CrossingStatus.FILED));
        assertThat(f.statuses()).containsExactly(CrossingStatus.HELD);
        assertThat(f.number()).isEqualTo("26 24 3456");
        assertThat(f.plate()).isEqualTo("ab-12");
        assertThat(f.arrivalFrom()).isEqualTo(Instant.parse("2026-03-10T06:00:00Z"));
        assertThat(f.arrivalBefore()).isEqualTo(Instant.parse("2026-03-11T06:00:00Z"));
        assertThat(q.pageUrl(4)).isEqualTo("/console/broker/crossings?number=26%2024%203456&plate=ab-12&importer=Aguacates"
                + "&from=2026-03-10&to=2026-03-10&status=HELD&page=4&size=25&sort=expectedArrival&order=asc");
    }

    @Test
    void dropsWhatItCannotTakeForItsDefaultAndSaysWhy() {
        CrossingListQuery q = CrossingListQuery.parse(Map.of("page", "-2", "size", "1000", "sort", "amount; DROP TABLE",
                "order", "sideways", "status", "LOST", "from", "2026-02-30", "pair", "240/2304", "number", "9".repeat(150)),
                "/console/officer/queue", SORTS, true);
        assertThat(q.problems()).containsExactlyInAnyOrder("list.problem.page", "list.problem.size", "list.problem.sort",
                "list.problem.status", "list.problem.date", "list.problem.pair", "list.problem.term");
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(50);
        assertThat(q.sort()).isEqualTo(CrossingSort.FILED);
        assertThat(q.value("number")).hasSize(100);
        assertThat(q.filter(MEXICO_CITY, List.of(CrossingStatus.SELECTED)).statuses()).isEmpty();
    }

    @Test
    void theQueueStatusesApplyUnlessTheUserSearchesOrChoosesAStatus() {
        List<CrossingStatus> queue = List.of(CrossingStatus.SELECTED, CrossingStatus.FILED);
        assertThat(CrossingListQuery.parse(Map.of(), "/q", SORTS, false).filter(MEXICO_CITY, queue).statuses())
                .isEqualTo(queue);
        assertThat(CrossingListQuery.parse(Map.of("plate", "LS-5"), "/q", SORTS, false).filter(MEXICO_CITY, queue).statuses())
                .isEmpty();
        CrossingListQuery range = CrossingListQuery.parse(Map.of("from", "2026-03-10", "to", "2026-03-09"), "/q", SORTS, false);
        assertThat(range.problems()).containsExactly("list.problem.range");
        assertThat(range.filter(MEXICO_CITY, queue).arrivalBefore()).isNull();
    }

    @Test
    void sortLinksTurnTheOrderRoundOnTheCurrentColumnOnly() {
        CrossingListQuery q = CrossingListQuery.parse(Map.of("sort", "status", "order", "asc", "page", "7"), "/l", SORTS, true);
        assertThat(q.ariaSort("status")).isEqualTo("ascending");
        assertThat(q.ariaSort("expectedArrival")).isEqualTo("none");
        assertThat(q.sortUrl("status")).contains("sort=status", "order=desc", "page=1");
        assertThat(q.sortUrl("expectedArrival")).contains("sort=expectedArrival", "order=asc");
        assertThat(q.sortUrl("filed")).contains("sort=filed", "order=desc");
        assertThat(q.csvUrl()).startsWith("/l/export.csv?").doesNotContain("page=");
    }

    @Test
    void thePagerShowsTheEndsAndAWindowAroundTheCurrentPage() {
        assertThat(ConsoleLists.window(1, 1)).containsExactly(1);
        assertThat(ConsoleLists.window(1, 4)).containsExactly(1, 2, 3, 4);
        assertThat(ConsoleLists.window(6, 59)).containsExactly(1, 0, 4, 5, 6, 7, 8, 0, 59);
        assertThat(ConsoleLists.window(59, 59)).containsExactly(1, 0, 57, 58, 59);
        assertThat(ConsoleLists.window(2, 80)).containsExactly(1, 2, 3, 4, 0, 80);
    }

    @Test
    void numbersAndAmountsAreWrittenAsPeopleWriteThem() {
        assertThat(DeclarationNumbers.display(Authority.MX, "262434566001234")).isEqualTo("26 24 3456 6001234");
        assertThat(DeclarationNumbers.display(Authority.US, "31600042712")).isEqualTo("316-0004271-2");
        assertThat(DeclarationNumbers.display(Authority.MX, "2624")).isEqualTo("2624");
        assertThat(DeclarationNumbers.display(Authority.US, "not-a-number")).isEqualTo("not-a-number");
        assertThat(ConsoleFormats.number("MX", null)).isEmpty();
        assertThat(Formats.amount(new BigDecimal("1234567.805"))).isEqualTo("1,234,567.81");
        assertThat(Formats.amount(new BigDecimal("0.1"))).isEqualTo("0.10");
        assertThat(ConsoleLists.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ConsoleLists.cell("1,234.00 MXN")).isEqualTo("\"1,234.00 MXN\"");
    }

    @Test
    void everyComputedListMessageIsInBothLanguages() throws java.io.IOException {
        for (String bundle : List.of("messages.properties", "messages_es.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/" + bundle);
                 var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            for (String key : List.of("page", "size", "sort", "status", "date", "range", "term", "pair", "beyond", "refused")) {
                assertThat(p).as(bundle).containsKey("list.problem." + key);
            }
            assertThat(p).as(bundle).containsKeys("crossing.direction.NORTHBOUND", "crossing.direction.SOUTHBOUND",
                    "csv.pedimento", "csv.entry");
        }
    }

    @Test
    void sortNamesAreReadInEitherSpellingAndNothingElse() {
        assertThat(CrossingSort.parse("expectedArrival")).contains(CrossingSort.EXPECTED_ARRIVAL);
        assertThat(CrossingSort.parse("EXPECTED_ARRIVAL")).contains(CrossingSort.EXPECTED_ARRIVAL);
        assertThat(CrossingSort.parse("filed_at DESC; --")).isEmpty();
        assertThat(CrossingSort.URGENCY.parameter()).isEqualTo("urgency");
    }
}
