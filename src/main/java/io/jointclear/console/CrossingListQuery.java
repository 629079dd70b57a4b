package io.jointclear.console;

import io.jointclear.clearance.CrossingFilter;
import io.jointclear.clearance.CrossingSort;
import io.jointclear.clearance.CrossingStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A crossing list's state as it stands in the URL (so a list is bookmarkable): page, page size, sort,
 * search terms, status, port pair and arrival dates. Read leniently: a value the console cannot take is
 * dropped for its default and named in {@link #problems()} (message keys), never an error page.
 */
public final class CrossingListQuery {

    /** The page sizes offered. */
    public static final List<Integer> SIZES = List.of(25, 50, 100);
    /** The longest search term taken (longer ones are cut, and said so). */
    static final int MAX_TERM = 100;

    private final String base;
    private final List<CrossingSort> sorts;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int page = 1;
    private int size = 50;
    private CrossingSort sort;
    private boolean descending;
    private LocalDate from;
    private LocalDate to;
    private CrossingStatus status;
    /** The officer's authority when the list shows only what waits for it ({@code waiting=mine}), else null. */
    private io.jointclear.shared.Authority awaiting;

    private CrossingListQuery(String base, List<CrossingSort> sorts, CrossingSort sort, boolean descending) {
        this.base = base;
        this.sorts = sorts;
        this.sort = sort;
        this.descending = descending;
    }

    /**
     * @param base  the list's path, for its links
     * @param sorts the sorts this list offers, its default first
     */
    public static CrossingListQuery parse(Map<String, String> params, String base, List<CrossingSort> sorts, boolean descending) {
        CrossingListQuery q = new CrossingListQuery(base, sorts, sorts.getFirst(), descending);
        q.page = q.integer(params.get("page"), 1, "list.problem.page");
        int size = q.integer(params.get("size"), 50, "list.problem.size");
        q.size = SIZES.contains(size) ? size : q.problem("list.problem.size", 50);
        q.readSort(params.get("sort"), params.get("order"));
        for (String term : List.of("number", "plate", "importer")) {
            q.term(term, params.get(term));
        }
        q.from = q.date("from", params.get("from"));
        q.to = q.date("to", params.get("to"));
        if (q.from != null && q.to != null && q.to.isBefore(q.from)) {
            q.problem("list.problem.range", 0);
            q.values.remove("to");
            q.to = null;
        }
        q.readStatus(params.get("status"));
        String waiting = params.get("waiting");
        if (waiting != null && !waiting.isBlank()) {
            if (WAITING_MINE.equals(waiting.strip())) {
                q.values.put("waiting", WAITING_MINE);
            } else {
                q.problem("list.problem.waiting", 0);
            }
        }
        String pair = params.get("pair");
        if (pair != null && !pair.isBlank()) {
            if (pair.matches("\\d{3}-\\d{4}")) {
                q.values.put("pair", pair);
            } else {
                q.problem("list.problem.pair", 0);
            }
        }
        String manifest = params.get("manifest");
        if (manifest != null && !manifest.isBlank()) {
            String flag = manifest.strip().toUpperCase(Locale.ROOT);
            if (io.jointclear.manifest.ManifestCodes.FLAGS.contains(flag)) {
                q.values.put("manifest", flag);
            } else {
                q.problem("list.problem.manifest", 0);
            }
        }
        return q;
    }

    /**
     * The clearance filter: the dates are whole days in {@code zone}; {@code statuses} apply when the user
     * chose no status and searches for no number, plate or importer (a search reaches every status).
     */
    public CrossingFilter filter(ZoneId zone, List<CrossingStatus> statuses) {
        String pair = values.get("pair");
        boolean searching = values.containsKey("number") || values.containsKey("plate") || values.containsKey("importer");
        return new CrossingFilter(status != null ? List.of(status) : searching ? List.of() : statuses,
                pair == null ? null : pair.substring(0, 3), pair == null ? null : pair.substring(4),
                values.get("number"), values.get("plate"), values.get("importer"),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), awaiting, null);
    }

    /** The value of {@code waiting} that narrows an officer's list to what waits for their authority. */
    public static final String WAITING_MINE = "mine";

    /**
     * The officer's authority: with {@code waiting=mine} the list shows only the crossings on which it
     * still has to act ({@link CrossingFilter#awaiting}).
     */
    public CrossingListQuery forAuthority(io.jointclear.shared.Authority authority) {
        this.awaiting = values.containsKey("waiting") ? authority : null;
        return this;
    }

    /** Whether the list shows only what waits for the officer's authority. */
    public boolean waitingForMine() {
        return values.containsKey("waiting");
    }

    /** This list, from its first page, with or without the "waiting for my authority" narrowing. */
    public String waitingUrl(boolean mine) {
        Map<String, String> state = new LinkedHashMap<>(Map.of("page", "1"));
        state.put("waiting", mine ? WAITING_MINE : null);
        return url(state);
    }

    /** The manifest flag the officers' queue is narrowed to (LATE_MANIFEST, MISSING_MANIFEST), or null. */
    public String manifestFlag() {
        return values.get("manifest");
    }

    /** A page beyond the last (the list shrank, or the URL was edited) shows the last page instead. */
    public void clampPage(int pages) {
        if (page > pages) {
            page = pages;
        }
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** The sorts this list offers, as request parameters ({@code expectedArrival} …). */
    public List<String> sorts() {
        return sorts.stream().map(CrossingSort::parameter).toList();
    }

    /** The whole list (this search and sort, every page) as CSV. */
    public String csvUrl() {
        Map<String, String> state = new LinkedHashMap<>(values);
        state.put("sort", sort.parameter());
        state.put("order", descending ? "desc" : "asc");
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base + "/export.csv");
        state.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    /** The whole current state: the URL htmx refreshes and the language switch keeps. */
    public String self() {
        return url(Map.of());
    }

    public CrossingSort sort() {
        return sort;
    }

    public boolean descending() {
        return descending;
    }

    /** The value of a search field as the user typed it (for the form), or "". */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public List<String> problems() {
        return problems;
    }

    public boolean filtered() {
        return values.keySet().stream().anyMatch(k -> !List.of("page", "size", "sort", "order").contains(k));
    }

    /** This list with another page. */
    public String pageUrl(int number) {
        return url(Map.of("page", Integer.toString(number)));
    }

    /** This list sorted by {@code key} (a {@link CrossingSort#parameter()}): the other way round when it already is. */
    public String sortUrl(String key) {
        CrossingSort by = CrossingSort.parse(key).orElse(sort);
        boolean desc = by == sort ? !descending : by == CrossingSort.FILED;
        return url(Map.of("sort", by.parameter(), "order", desc ? "desc" : "asc", "page", "1"));
    }

    /** The aria-sort of a column header: ascending, descending or none. */
    public String ariaSort(String key) {
        return CrossingSort.parse(key).filter(s -> s == sort).map(s -> descending ? "descending" : "ascending").orElse("none");
    }

    /** The list's URL with this state and the given overrides. */
    public String url(Map<String, String> overrides) {
        Map<String, String> state = new LinkedHashMap<>(values);
        state.put("page", Integer.toString(page));
        state.put("size", Integer.toString(size));
        state.put("sort", sort.parameter());
        state.put("order", descending ? "desc" : "asc");
        state.putAll(overrides);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
        state.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                uri.queryParam(k, v);
            }
        });
        return uri.encode().build().toUriString();
    }

    private void readSort(String name, String order) {
        if (name != null && !name.isBlank()) {
            CrossingSort by = CrossingSort.parse(name).filter(sorts::contains).orElse(null);
            if (by == null) {
                problem("list.problem.sort", 0);
            } else {
                descending = by == sort ? descending : by == CrossingSort.FILED;
                sort = by;
            }
        }
        if (order != null && !order.isBlank()) {
            switch (order.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> problem("list.problem.sort", 0);
            }
        }
    }

    private void readStatus(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            status = CrossingStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
            values.put("status", status.name());
        } catch (IllegalArgumentException e) {
            problem("list.problem.status", 0);
        }
    }

    private void term(String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        if (v.length() > MAX_TERM) {
            problem("list.problem.term", 0);
            v = v.substring(0, MAX_TERM);
        }
        values.put(name, v);
    }

    private LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            values.put(name, d.toString());
            return d;
        } catch (DateTimeParseException e) {
            problem("list.problem.date", 0);
            return null;
        }
    }

    private int integer(String value, int otherwise, String problem) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 1 && n <= io.jointclear.clearance.CrossingPage.MAX_PAGE ? n : problem(problem, otherwise);
        } catch (NumberFormatException e) {
            return problem(problem, otherwise);
        }
    }

    private int problem(String key, int otherwise) {
        if (!problems.contains(key)) {
            problems.add(key);
        }
        return otherwise;
    }
}
