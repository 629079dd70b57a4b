package io.jointclear.console;

import io.jointclear.clearance.CrossingPage;
import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import io.jointclear.clearance.Crossings;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Runs a console crossing list (the broker's, the officer's queue): one page from the clearance module
 * within what the actor may see, its rows, its pager. The id of the part htmx refreshes is {@link #RESULTS}.
 */
@Component
public class ConsoleLists {

    /** The element a search, a sort or a page link replaces. */
    public static final String RESULTS = "list-results";

    private final Crossings crossings;
    private final ConsoleFormats formats;
    private final ConsoleZone zone;
    private final CodeLists codeLists;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final io.jointclear.manifest.Manifests manifests;

    ConsoleLists(Crossings crossings, ConsoleFormats formats, ConsoleZone zone, CodeLists codeLists, MessageSource messages,
                 java.time.Clock clock, io.jointclear.manifest.Manifests manifests) {
        this.manifests = manifests;
        this.clock = clock;
        this.messages = messages;
        this.crossings = crossings;
        this.formats = formats;
        this.zone = zone;
        this.codeLists = codeLists;
    }

    /**
     * Puts the list into the model: {@code q} (its state and links), {@code rows}, {@code result} (total,
     * page, pages), {@code pages} (the page numbers to link), {@code statuses}, {@code sizes}, {@code pairs}.
     *
     * @param statuses the statuses listed when the user chose none
     */
    public void show(Actor actor, CrossingListQuery q, List<CrossingStatus> statuses, Model model) {
        CrossingPage page;
        try {
            page = search(actor, q, statuses);
            if (page.items().isEmpty() && page.total() > 0 && q.page() > page.pages()) {
                q.clampPage(page.pages());
                q.problems().add("list.problem.beyond");
                page = search(actor, q, statuses);
            }
        } catch (ProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            // a value the list cannot take (checked here too, so this is a last line): an empty list saying why
            q.problems().add("list.problem.refused");
            page = new CrossingPage(List.of(), 0, 1, q.size());
        }
        model.addAttribute("q", q);
        model.addAttribute("result", page);
        model.addAttribute("rows", page.items().stream().map(c -> CrossingRow.of(c, formats, zone, null, clock.instant())).toList());
        model.addAttribute("pages", window(page.page(), page.pages()));
        model.addAttribute("statuses", CrossingStatus.values());
        model.addAttribute("sizes", CrossingListQuery.SIZES);
        model.addAttribute("pairs", codeLists.portPairs());
        if (actor.isOfficial()) {
            // late or missing truck manifests: a badge per row and a filter, for officials only
            model.addAttribute("manifestFlags", manifests.flags(page.items().stream().map(CrossingView::id).toList()));
            model.addAttribute("manifestFilter", io.jointclear.manifest.ManifestCodes.FLAGS);
        }
    }

    /** The clearance filter of the list, narrowed to the crossings of its manifest flag (officials only). */
    private io.jointclear.clearance.CrossingFilter filter(Actor actor, CrossingListQuery q, List<CrossingStatus> statuses) {
        io.jointclear.clearance.CrossingFilter filter = q.filter(zone.zone(), statuses);
        return q.manifestFlag() != null && actor.isOfficial() ? filter.onlyIds(manifests.flagged(q.manifestFlag())) : filter;
    }

    /** The most rows one CSV download carries: ten pages of the largest size (narrow the search for more). */
    public static final int CSV_ROWS = 5_000;

    /**
     * The whole list as CSV (this search and sort, every page up to {@link #CSV_ROWS} rows), in the
     * request's language, with the same titles, numbers, amounts and times as the page.
     */
    public ResponseEntity<byte[]> csv(Actor actor, CrossingListQuery q, List<CrossingStatus> statuses, Locale locale,
                                      String name) {
        StringBuilder out = new StringBuilder();
        List<String> header = List.of("list.crossing", "field.status", "field.expectedArrival", "field.arrivedAt",
                "csv.pedimento", "csv.entry", "field.plate", "list.importer", "field.lane", "field.mxTotal", "field.usTotal");
        out.append(String.join(",", header.stream().map(k -> cell(messages.getMessage(k, null, k, locale))).toList()))
                .append("\r\n");
        long total = 0;
        int size = CrossingPage.MAX_SIZE;
        for (int page = 1; page <= CSV_ROWS / size; page++) {
            CrossingPage p = crossings.search(actor, filter(actor, q, statuses), q.sort(), q.descending(), page, size);
            total = p.total();
            for (CrossingView c : p.items()) {
                CrossingRow r = CrossingRow.of(c, formats, zone, locale);
                out.append(String.join(",", List.of(cell(r.title()), cell(messages.getMessage("status." + r.status(), null,
                                r.status(), locale)), cell(r.expectedArrival()), cell(r.arrivedAt()), cell(number(c, "MX")),
                        cell(number(c, "US")), cell(r.plate()), cell(r.importer()),
                        cell(r.lane().isEmpty() ? "" : messages.getMessage("lane." + r.lane(), null, r.lane(), locale)),
                        cell(r.mxTotal()), cell(r.usTotal())))).append("\r\n");
            }
            if (p.items().size() < size) {
                break;
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Total-Count", Long.toString(total))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String number(CrossingView c, String authority) {
        return c.declarations().stream().filter(d -> authority.equals(d.authority())).findFirst()
                .map(d -> ConsoleFormats.number(d.authority(), d.number())).orElse("");
    }

    /** A CSV cell: quoted when it must be, and never a spreadsheet formula. */
    static String cell(String s) {
        String text = s == null ? "" : s;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Whether htmx asked for the results only (a search, sort or page link inside the list). */
    public static boolean partial(HttpServletRequest request, String... targets) {
        if (!"true".equals(request.getHeader("HX-Request")) || request.getHeader("HX-Target") == null) {
            return false;
        }
        return List.of(targets).contains(request.getHeader("HX-Target"));
    }

    private CrossingPage search(Actor actor, CrossingListQuery q, List<CrossingStatus> statuses) {
        return crossings.search(actor, filter(actor, q, statuses), q.sort(), q.descending(), q.page(), q.size());
    }

    /** Page numbers around the current one, with the first and the last: 1 … 4 5 [6] 7 8 … 59 (0 is a gap). */
    static List<Integer> window(int current, int pages) {
        List<Integer> out = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - current) <= 2) {
                if (!out.isEmpty() && out.getLast() != 0 && p - out.getLast() > 1) {
                    out.add(0);
                }
                out.add(p);
            } else if (p < current - 2) {
                p = current - 3;
            } else {
                p = pages - 1;
            }
        }
        return out;
    }
}
