package io.jointclear.clearance.web;

import io.jointclear.clearance.CrossingPage;
import io.jointclear.clearance.CrossingSort;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The sort, order and date range of GET /api/v1/crossings, read strictly: anything else is a 400 naming it. */
record ListParameters(CrossingSort sort, boolean descending, Instant from, Instant before) {

    static ListParameters of(String sort, String order, String from, String to) {
        List<FieldViolation> violations = new ArrayList<>();
        CrossingSort by = CrossingSort.FILED;
        if (sort != null && !sort.isBlank()) {
            by = CrossingSort.parse(sort).orElse(null);
            if (by == null) {
                violations.add(invalid("sort", "one of filed, expectedArrival, arrived, status, port, urgency"));
            }
        }
        boolean descending = by == CrossingSort.FILED;
        if (order != null && !order.isBlank()) {
            switch (order.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> violations.add(invalid("order", "asc or desc"));
            }
        }
        Instant start = instant(from, false, "from", violations);
        Instant end = instant(to, true, "to", violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, CrossingPage.INVALID_LIST_PARAMETER, "Invalid list parameter",
                    String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList()), violations);
        }
        return new ListParameters(by == null ? CrossingSort.FILED : by, descending, start, end);
    }

    /** A date is a whole UTC day ({@code to} includes it); an instant is taken as it is. */
    private static Instant instant(String value, boolean end, String name, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate day = LocalDate.parse(value.strip());
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(invalid(name, "a date YYYY-MM-DD or an instant such as 2026-03-10T14:00:00Z"));
            return null;
        }
    }

    private static FieldViolation invalid(String name, String expected) {
        return new FieldViolation(name, CrossingPage.INVALID_LIST_PARAMETER, expected);
    }

    /** RFC 8288 links to the first, previous, next and last pages, keeping every other parameter. */
    static String links(HttpServletRequest request, CrossingPage page) {
        List<String> links = new ArrayList<>();
        link(links, request, page, 1, "first");
        if (page.page() > 1) {
            link(links, request, page, Math.min(page.page() - 1, page.pages()), "prev");
        }
        if (page.page() < page.pages()) {
            link(links, request, page, page.page() + 1, "next");
        }
        link(links, request, page, page.pages(), "last");
        return String.join(", ", links);
    }

    private static void link(List<String> links, HttpServletRequest request, CrossingPage page, int number, String rel) {
        var builder = ServletUriComponentsBuilder.fromRequest(request);
        // only the list's own parameters: an unknown one (of any length) is not echoed into a response header
        request.getParameterMap().keySet().stream().filter(name -> !KNOWN.contains(name)).forEach(builder::replaceQueryParam);
        String uri = builder.replaceQueryParam("limit")
                .replaceQueryParam("page", number).replaceQueryParam("size", page.size()).build().toUriString();
        links.add("<" + uri + ">; rel=\"" + rel + "\"");
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.of("status", "mxCustomsOffice", "usPort", "number",
            "plate", "importer", "from", "to", "sort", "order", "awaiting");
}
