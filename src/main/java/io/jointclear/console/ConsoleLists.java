package io.jointclear.console;

import io.jointclear.clearance.CrossingPage;
import io.jointclear.clearance.CrossingStatus;
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

    ConsoleLists(Crossings crossings, ConsoleFormats formats, ConsoleZone zone, CodeLists codeLists) {
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
        model.addAttribute("rows", page.items().stream().map(c -> CrossingRow.of(c, formats, zone.zone())).toList());
        model.addAttribute("pages", window(page.page(), page.pages()));
        model.addAttribute("statuses", CrossingStatus.values());
        model.addAttribute("sizes", CrossingListQuery.SIZES);
        model.addAttribute("pairs", codeLists.portPairs());
        model.addAttribute("zoneName", ConsoleFormats.zoneName(zone.zone()));
    }

    /** Whether htmx asked for the results only (a search, sort or page link inside the list). */
    public static boolean partial(HttpServletRequest request, String... targets) {
        if (!"true".equals(request.getHeader("HX-Request")) || request.getHeader("HX-Target") == null) {
            return false;
        }
        return List.of(targets).contains(request.getHeader("HX-Target"));
    }

    private CrossingPage search(Actor actor, CrossingListQuery q, List<CrossingStatus> statuses) {
        return crossings.search(actor, q.filter(zone.zone(), statuses), q.sort(), q.descending(), q.page(), q.size());
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
