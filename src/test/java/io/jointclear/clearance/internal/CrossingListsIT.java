package io.jointclear.clearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.clearance.CrossingFilter;
import io.jointclear.clearance.CrossingPage;
import io.jointclear.clearance.CrossingSort;
import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.ListSeed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Paged, filtered and sorted crossing lists on the real database with 3,000 crossings of two agencies
 * (ListSeed): totals, page boundaries, every filter, every sort, bad parameters, the API's paging
 * headers, the agency scoping under every filter, and the indexes the queries use.
 */
@DemoUsersIntegrationTest
@TestPropertySource(properties = "jointclear.test.context=lists")
class CrossingListsIT {

    private static final Actor OFFICER = new Actor("officer-mx", Set.of(Actor.Roles.OFFICER_MX), Authority.MX, null);
    private static final Actor NORTE = broker("broker", "aduanal-del-norte", "3456", "316");
    private static final Actor SUR = broker("broker2", "frontera-sur", "3210", "317");
    /** Only the seeded crossings: their expected arrivals are all in this window. */
    private static final Instant FROM = ListSeed.FIRST_ARRIVAL;
    private static final Instant BEFORE = FROM.plus(Duration.ofDays(40));

    @Autowired
    Crossings crossings;
    @Autowired
    CrossingSearch search;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void seed() {
        ListSeed.load(jdbc);
    }

    @Test
    void pagesCoverTheWholeListOnceInOrderWithItsTotal() {
        List<CrossingView> all = new ArrayList<>();
        for (int page = 1; page <= 6; page++) {
            CrossingPage p = crossings.search(OFFICER, seeded(null), CrossingSort.EXPECTED_ARRIVAL, false, page, 500);
            assertThat(p.total()).isEqualTo(ListSeed.COUNT);
            assertThat(p.pages()).isEqualTo(6);
            assertThat(p.items()).hasSize(500);
            all.addAll(p.items());
        }
        assertThat(all.stream().map(CrossingView::id).distinct().count()).isEqualTo(ListSeed.COUNT);
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(CrossingView::expectedArrival));
        assertThat(all.getFirst().expectedArrival().toInstant()).isEqualTo(FROM);

        CrossingPage past = crossings.search(OFFICER, seeded(null), CrossingSort.EXPECTED_ARRIVAL, false, 7, 500);
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(ListSeed.COUNT);

        CrossingPage last = crossings.search(OFFICER, seeded(null), CrossingSort.FILED, true, 60, 50);
        assertThat(last.items()).hasSize(50);
        assertThat(last.first()).isEqualTo(2_951);
        assertThat(last.items().getLast().declarations()).extracting(CrossingView.DeclarationView::number)
                .contains(ListSeed.pedimento(0)); // the first filed is the last of the newest-first list
    }

    @Test
    void aBrokerSeesOnlyTheirAgencysCrossingsThroughEveryFilter() {
        long norte = ListSeed.countOfAgency("aduanal-del-norte");
        assertThat(crossings.search(NORTE, seeded(null), CrossingSort.FILED, true, 1, 25).total()).isEqualTo(norte);
        assertThat(crossings.search(SUR, seeded(null), CrossingSort.FILED, true, 1, 25).total())
                .isEqualTo(ListSeed.COUNT - norte);

        int theirs = 2; // frontera-sur's
        List<CrossingFilter> pointingAtTheirs = List.of(
                filter(ListSeed.pedimento(theirs), null, null, null),
                filter(ListSeed.entry(theirs), null, null, null),
                filter("3124 3210", null, null, null),
                filter(null, "LS-" + theirs, null, null),
                filter(null, null, "ISE" + theirs, null),
                filter(null, null, "Importadora Semilla 2", null),
                new CrossingFilter(List.of(CrossingStatus.SELECTED), "240", "2304", "312432101", null, null, null, null));
        for (CrossingFilter f : pointingAtTheirs) {
            assertThat(crossings.search(NORTE, f, CrossingSort.FILED, true, 1, 100).items())
                    .as("broker of aduanal-del-norte searching %s", f)
                    .allSatisfy(c -> assertThat(c.declarations()).anySatisfy(d -> assertThat(d.number()).startsWith("316")))
                    .noneMatch(c -> c.id().equals(seededId(theirs)));
            assertThat(crossings.search(SUR, f, CrossingSort.FILED, true, 1, 100).total()).as("%s", f).isPositive();
        }
        assertThat(crossings.search(NORTE, filter(ListSeed.pedimento(theirs), null, null, null), CrossingSort.FILED, true, 1, 10)
                .total()).isZero();
        Actor noAgency = new Actor("lost", Set.of(Actor.Roles.BROKER), null, null);
        assertThat(crossings.search(noAgency, CrossingFilter.NONE, CrossingSort.FILED, true, 1, 10).total()).isZero();
    }

    @Test
    void filtersFindByNumberPlateImporterStatusPortAndArrivalDate() {
        // a pedimento as people write it, an entry with its dashes, a plate in lower case
        assertThat(ids(filter("31 24 3456 1000010", null, null, null))).containsExactly(seededId(10));
        assertThat(ids(filter("316-0000010-0", null, null, null))).containsExactly(seededId(10));
        assertThat(ids(filter(null, "ls 10", null, null))).containsExactly(seededId(10));
        assertThat(ids(filter(null, "ls-10", null, null))).containsExactly(seededId(10));
        // a number's start: 31243456100001x → 10..19, of which 11, 14, 17 are frontera-sur's (3210)
        assertThat(total(filter("3124345610000 1", null, null, null))).isEqualTo(7);
        // importer by the start of its name, any case, or by tax id exactly
        assertThat(total(filter(null, null, "importadora semilla 7", null))).isEqualTo(ListSeed.COUNT / 10);
        assertThat(total(filter(null, null, "IMPORTADORA", null))).isEqualTo(expected(i -> i % 500 != 1));
        assertThat(ids(filter(null, null, "Rara avis 150", null))).containsExactly(seededId(1501));
        assertThat(ids(filter(null, null, "ise42", null))).containsExactly(seededId(42));
        // LIKE wildcards are taken literally
        assertThat(total(filter("%", null, null, null))).isZero();
        assertThat(total(filter(null, null, "_mportadora", null))).isZero();
        // statuses and the port pair
        assertThat(total(new CrossingFilter(List.of(CrossingStatus.HELD, CrossingStatus.SEIZED), null, null, null, null, null,
                FROM, BEFORE))).isEqualTo(expected(i -> i % 7 == 4 || i % 7 == 6));
        assertThat(total(new CrossingFilter(List.of(), "070", "2402", null, null, null, FROM, BEFORE)))
                .isEqualTo(ListSeed.COUNT / 2);
        // one day of arrivals: 96 quarter hours, the end excluded
        Instant day = FROM.plus(Duration.ofDays(3));
        assertThat(total(new CrossingFilter(List.of(), null, null, null, null, null, day, day.plus(Duration.ofDays(1)))))
                .isEqualTo(96);
        // all together
        CrossingFilter all = new CrossingFilter(List.of(CrossingStatus.FILED), "240", "2304", "3124345610", null,
                "Importadora Semilla 4", FROM, BEFORE);
        assertThat(total(all)).isEqualTo(expected(i -> i % 7 == 0 && i % 2 == 0 && i % 3 != 2 && i % 10 == 4));
    }

    @Test
    void everySortOrdersTheWholeListAndBreaksTiesStably() {
        List<CrossingView> byStatus = everything(CrossingSort.STATUS, false);
        assertThat(byStatus).extracting(c -> c.status().name()).isSorted();
        List<CrossingView> byArrival = everything(CrossingSort.ARRIVED, true);
        assertThat(byArrival.subList(0, 2_500)).allSatisfy(c -> assertThat(c.timestamps().arrivedAt()).isNotNull());
        assertThat(byArrival.getLast().timestamps().arrivedAt()).as("not arrived last").isNull();
        List<CrossingView> byPort = everything(CrossingSort.PORT, false);
        assertThat(byPort.getFirst().mxCustomsOffice()).isEqualTo("070");
        assertThat(byPort.getLast().mxCustomsOffice()).isEqualTo("240");
        List<CrossingView> urgent = everything(CrossingSort.URGENCY, false);
        assertThat(urgent.getFirst().status()).isEqualTo(CrossingStatus.SELECTED);
        assertThat(urgent.get((int) expected(i -> i % 7 == 2)).status()).isEqualTo(CrossingStatus.UNDER_INSPECTION);
        for (CrossingSort sort : CrossingSort.values()) {
            assertThat(everything(sort, true).stream().map(CrossingView::id).distinct().count()).as("%s", sort)
                    .isEqualTo(ListSeed.COUNT);
        }
    }

    @Test
    void aPageSizeOrNumberOutOfRangeOrAnEmptyDateRangeIsRefusedNamingIt() {
        assertRefused(() -> crossings.search(OFFICER, CrossingFilter.NONE, CrossingSort.FILED, true, 0, 50), "page");
        assertRefused(() -> crossings.search(OFFICER, CrossingFilter.NONE, CrossingSort.FILED, true, 10_001, 50), "page");
        assertRefused(() -> crossings.search(OFFICER, CrossingFilter.NONE, CrossingSort.FILED, true, 1, 0), "size");
        assertRefused(() -> crossings.search(OFFICER, CrossingFilter.NONE, CrossingSort.FILED, true, 1, 501), "size");
        assertRefused(() -> crossings.search(OFFICER, new CrossingFilter(List.of(), null, null, null, null, null, BEFORE, FROM),
                CrossingSort.FILED, true, 1, 50), "to");
        assertRefused(() -> crossings.search(OFFICER, filter("9".repeat(101), null, null, null),
                CrossingSort.FILED, true, 1, 50), "number");
    }

    @Test
    void theApiPagesWithATotalAndLinksAndRefusesBadParametersAsProblems() throws Exception {
        HttpResponse<String> page = api("broker", "/api/v1/crossings?from=2031-01-01&to=2031-02-10&size=20&page=2&sort=expectedArrival");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue(Long.toString(ListSeed.countOfAgency("aduanal-del-norte")));
        assertThat(page.headers().firstValue("Link").orElseThrow()).contains("rel=\"next\"", "rel=\"prev\"", "rel=\"last\"",
                "page=3", "size=20", "from=2031-01-01");
        assertThat(page.body()).startsWith("[").contains(ListSeed.pedimento(30)).doesNotContain(ListSeed.pedimento(28))
                .doesNotContain("\"selection\"");
        // the former limit still works, and a single status as before
        HttpResponse<String> legacy = api("officer-mx", "/api/v1/crossings?status=HELD&limit=5&from=2031-01-01&to=2031-02-10");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(legacy.headers().firstValue("X-Total-Count")).hasValue(Long.toString(expected(i -> i % 7 == 4)));
        // empty parameters are no conditions (a form sends them so)
        HttpResponse<String> blank = api("broker", "/api/v1/crossings?status=&sort=&order=&number=&from=&to=&" + "size=1");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(200);
        // another agency's number is not found through the API either
        HttpResponse<String> foreign = api("broker", "/api/v1/crossings?number=" + ListSeed.pedimento(2));
        assertThat(foreign.headers().firstValue("X-Total-Count")).hasValue("0");
        assertThat(foreign.body()).isEqualTo("[]");

        for (String bad : List.of("page=0", "page=abc", "size=501", "limit=0", "size=-1", "sort=filed_at;DROP",
                "sort=amount", "order=sideways", "from=2031-13-01", "from=2031-02-01&to=2031-01-01", "status=LOST",
                "number=" + "1".repeat(101))) {
            HttpResponse<String> refused = api("broker", "/api/v1/crossings?" + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).as(bad).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(api("broker", "/api/v1/crossings?sort=amount").body()).contains("INVALID_LIST_PARAMETER", "\"sort\"");
    }

    @Test
    void searchesUseTheirIndexes() {
        CrossingSearch.Scope everyone = new CrossingSearch.Scope(null, null);
        assertThat(plan(everyone, filter(ListSeed.pedimento(10), null, null, null))).contains("crossing_declaration_number");
        assertThat(plan(everyone, filter(null, "LS-10", null, null))).contains("crossing_plate");
        assertThat(plan(everyone, filter(null, null, "ISE10", null))).contains("crossing_declaration_importer_tax_id");
        assertThat(plan(everyone, filter(null, null, "rara avis 15", null)))
                .contains("crossing_declaration_importer_name");
        // a third of the rows: walking the filing-time index and stopping after a page beats the agency index
        assertThat(plan(new CrossingSearch.Scope("frontera-sur", null), CrossingFilter.NONE))
                .contains("Index Scan").doesNotContain("Seq Scan");
        CrossingFilter oneDay = new CrossingFilter(List.of(), null, null, null, null, null, FROM, FROM.plus(Duration.ofDays(1)));
        assertThat(String.join("\n", search.explain(everyone, oneDay, CrossingSort.EXPECTED_ARRIVAL, false, 50)))
                .contains("crossing_expected");
    }

    /** Prints the database's own timing of a few list queries on the seeded rows (figures for the docs, not asserted). */
    @Test
    void reportsTheQueryTimesOfTheLists() {
        record Case(String name, CrossingSearch.Scope scope, CrossingFilter filter, CrossingSort sort, boolean desc) {
        }
        List<Case> cases = List.of(
                new Case("broker default (agency, newest filed)", new CrossingSearch.Scope("aduanal-del-norte", null),
                        CrossingFilter.NONE, CrossingSort.FILED, true),
                new Case("officer queue (5 statuses, urgency)", new CrossingSearch.Scope(null, null),
                        new CrossingFilter(List.of(CrossingStatus.SELECTED, CrossingStatus.UNDER_INSPECTION, CrossingStatus.HELD,
                                CrossingStatus.ARRIVED, CrossingStatus.FILED), null, null, null, null, null, null, null),
                        CrossingSort.URGENCY, false),
                new Case("number prefix", new CrossingSearch.Scope(null, null), filter("3124345610001", null, null, null),
                        CrossingSort.FILED, true),
                new Case("plate", new CrossingSearch.Scope(null, null), filter(null, "LS-2999", null, null), CrossingSort.FILED, true),
                new Case("importer name", new CrossingSearch.Scope("aduanal-del-norte", null),
                        filter(null, null, "importadora semilla 3", null), CrossingSort.EXPECTED_ARRIVAL, false));
        for (Case c : cases) {
            List<Object> args = new ArrayList<>();
            String where = CrossingSearch.where(c.scope(), c.filter(), args);
            String count = time("EXPLAIN ANALYZE SELECT count(*) FROM clearance.crossing c" + where, args);
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(50);
            String page = time("EXPLAIN ANALYZE SELECT c.* FROM clearance.crossing c" + where
                    + CrossingSearch.orderBy(c.sort(), c.desc()) + " LIMIT ? OFFSET 0", pageArgs);
            System.out.printf("LIST-TIMING %-40s count %s, page of 50 %s%n", c.name(), count, page);
            assertThat(count).isNotEmpty();
        }
    }

    private String time(String sql, List<Object> args) {
        return jdbc.queryForList(sql, String.class, args.toArray()).stream().filter(l -> l.startsWith("Execution Time"))
                .findFirst().orElse("").replace("Execution Time: ", "");
    }

    private String plan(CrossingSearch.Scope scope, CrossingFilter filter) {
        return String.join("\n", search.explain(scope, filter, CrossingSort.FILED, true, 50));
    }

    private List<CrossingView> everything(CrossingSort sort, boolean descending) {
        List<CrossingView> all = new ArrayList<>();
        for (int page = 1; page <= 6; page++) {
            all.addAll(crossings.search(OFFICER, seeded(null), sort, descending, page, 500).items());
        }
        return all;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo(CrossingPage.INVALID_LIST_PARAMETER);
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly(parameter);
        });
    }

    private HttpResponse<String> api(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<java.util.UUID> ids(CrossingFilter f) {
        return crossings.search(OFFICER, f, CrossingSort.FILED, true, 1, 100).items().stream().map(CrossingView::id).toList();
    }

    private long total(CrossingFilter f) {
        return crossings.search(OFFICER, f, CrossingSort.FILED, true, 1, 10).total();
    }

    private static long expected(java.util.function.IntPredicate seeded) {
        return java.util.stream.IntStream.range(0, ListSeed.COUNT).filter(seeded).count();
    }

    private static CrossingFilter seeded(List<CrossingStatus> statuses) {
        return new CrossingFilter(statuses, null, null, null, null, null, FROM, BEFORE);
    }

    private static CrossingFilter filter(String number, String plate, String importer, List<CrossingStatus> statuses) {
        return new CrossingFilter(statuses, null, null, number, plate, importer, FROM, BEFORE);
    }

    private java.util.UUID seededId(int i) {
        return jdbc.queryForObject("SELECT md5('list-seed-' || ?)::uuid", java.util.UUID.class, i);
    }

    private static Actor broker(String user, String agency, String patente, String filerCode) {
        return new Actor(user, Set.of(Actor.Roles.BROKER), null, new Actor.Agency(agency, agency, Set.of(patente), Set.of(filerCode)));
    }
}
