package io.jointclear.console.officer;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.Decision;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.console.CaseDetails;
import io.jointclear.console.ConsoleZone;
import io.jointclear.console.WaitingHints;
import io.jointclear.clearance.CrossingSort;
import io.jointclear.console.ConsoleLists;
import io.jointclear.console.CrossingListQuery;
import java.util.Map;
import io.jointclear.inspection.InspectionView;
import io.jointclear.inspection.Inspections;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's pages: the arrival queue at a port pair, and one crossing with the joint inspection and
 * the decision buttons of the officer's own authority. Every action goes through the modules' APIs,
 * which enforce who may do what; this controller only offers the buttons that make sense.
 */
@Controller
@RequestMapping("/console/officer")
class OfficerController {

    /** Statuses in the arrival queue, most urgent first. */
    static final List<CrossingStatus> QUEUE = List.of(CrossingStatus.SELECTED, CrossingStatus.UNDER_INSPECTION,
            CrossingStatus.INSPECTED, CrossingStatus.HELD, CrossingStatus.ARRIVED, CrossingStatus.FILED);

    /** The registry of operators (issue 13), when the application has one: what it says today about the case's licences and importer. */
    private io.jointclear.clearance.FilingAuthority filingAuthority;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void filingAuthority(io.jointclear.clearance.FilingAuthority filingAuthority) {
        this.filingAuthority = filingAuthority;
    }

    private final Crossings crossings;
    private final Inspections inspections;
    private final CodeLists codeLists;
    private final ConsoleZone zone;
    private final java.time.Clock clock;
    private final ConsoleLists lists;
    private final io.jointclear.manifest.Manifests manifests;

    OfficerController(Crossings crossings, Inspections inspections, CodeLists codeLists, ConsoleZone zone,
                      java.time.Clock clock, ConsoleLists lists, io.jointclear.manifest.Manifests manifests) {
        this.manifests = manifests;
        this.lists = lists;
        this.clock = clock;
        this.crossings = crossings;
        this.inspections = inspections;
        this.codeLists = codeLists;
        this.zone = zone;
    }

    /** The sorts the queue offers, its default (most urgent first) first. */
    static final List<CrossingSort> SORTS = List.of(CrossingSort.URGENCY, CrossingSort.EXPECTED_ARRIVAL, CrossingSort.ARRIVED,
            CrossingSort.FILED, CrossingSort.STATUS, CrossingSort.PORT);

    /**
     * The crossings waiting for the officers, most urgent first, a page at a time; a search or a status
     * reaches any crossing (officers see them all). The URL carries the whole state (bookmarkable).
     */
    @GetMapping("/queue")
    String queue(@RequestParam Map<String, String> params, Actor actor, Model model, HttpServletRequest request) {
        Authority mine = authority(actor);
        CrossingListQuery q = CrossingListQuery.parse(params, "/console/officer/queue", SORTS, false).forAuthority(mine);
        lists.show(actor, q, QUEUE, model);
        model.addAttribute("authority", mine.name());
        // how many crossings wait for this officer's authority, whatever the list shows now
        model.addAttribute("waitingCount", crossings.search(actor, io.jointclear.clearance.CrossingFilter.NONE.awaiting(mine),
                CrossingSort.URGENCY, false, 1, 1).total());
        return ConsoleLists.partial(request, ConsoleLists.RESULTS, "queue-table") ? "officer/queue :: results" : "officer/queue";
    }

    /** The same queue, every page, as CSV. */
    @GetMapping("/queue/export.csv")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Actor actor,
                                                           java.util.Locale locale) {
        CrossingListQuery q = CrossingListQuery.parse(params, "/console/officer/queue", SORTS, false).forAuthority(authority(actor));
        return lists.csv(actor, q, QUEUE, locale, "queue.csv");
    }

    @GetMapping("/crossings/{id}")
    String crossing(@PathVariable UUID id, Actor actor, Model model) {
        CrossingView c = crossings.get(id, actor);
        Optional<InspectionView> inspection = inspection(id, actor);
        Authority mine = authority(actor);
        model.addAttribute("c", CaseDetails.of(c, inspection, zone));
        model.addAttribute("overdue", io.jointclear.clearance.OverdueArrival.isOverdue(c, clock.instant()));
        model.addAttribute("manifestCheck", manifests.timeliness(id).orElse(null));
        model.addAttribute("registryFlags", filingAuthority == null ? List.of() : filingAuthority.flags(
                c.declarations().stream().map(io.jointclear.clearance.CrossingView.DeclarationView::document)
                        .filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("authority", mine.name());
        model.addAttribute("actions", OfficerActions.of(crossings.actions(id, actor), inspections.actions(id, actor)));
        model.addAttribute("hints", WaitingHints.of(c.status(), c.decisions() == null ? List.of() : c.decisions().stream()
                        .map(d -> new WaitingHints.DecisionFact(d.authority(), d.decision())).toList(),
                c.inspection() != null && c.inspection().required(), inspection));
        model.addAttribute("releaseBlockedBy", CaseDetails.pendingOf(c, mine, zone));
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("findingKinds", OfficerActions.FINDING_KINDS);
        return "officer/crossing";
    }

    /**
     * Records a decision; a hold or a seizure first asks for a confirmation (a page of its own, so it
     * works without JavaScript) unless the form says it was confirmed.
     */
    @PostMapping("/crossings/{id}/decisions")
    String decide(@PathVariable UUID id, @RequestParam Decision decision, @RequestParam(required = false) String notes,
                  @RequestParam(defaultValue = "false") boolean confirmed, Actor actor, Model model,
                  RedirectAttributes redirect) {
        if (OfficerActions.CONFIRMED.contains(decision) && !confirmed
                && crossings.actions(id, actor).decision(decision).allowed()) {
            return confirmation(id, model, "confirm.decision." + decision.name(), "/decisions", decision.name(), notes);
        }
        return act(id, redirect, () -> crossings.decide(id, new RecordDecision(authority(actor), decision, notes), actor),
                "flash.decided");
    }

    private String confirmation(UUID id, Model model, String messageKey, String path, String decision, String notes) {
        model.addAttribute("id", id);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("action", "/console/officer/crossings/" + id + path);
        model.addAttribute("decision", decision);
        model.addAttribute("notes", notes == null ? "" : notes);
        return "officer/confirm";
    }

    @PostMapping("/crossings/{id}/arrival")
    String arrive(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, () -> crossings.arrive(id, clock.instant(), actor), "flash.arrived");
    }

    @PostMapping("/crossings/{id}/inspection/join")
    String join(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, () -> inspections.join(id, actor), "flash.joined");
    }

    @PostMapping("/crossings/{id}/inspection/findings")
    String finding(@PathVariable UUID id, @RequestParam String kind, @RequestParam(required = false) Integer line,
                   @RequestParam(required = false) String description, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, () -> inspections.recordFinding(id, actor, kind, line, description), "flash.finding");
    }

    /** Ends the joint inspection after a confirmation: the findings are closed for both authorities. */
    @PostMapping("/crossings/{id}/inspection/end")
    String end(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor, Model model,
               RedirectAttributes redirect) {
        if (!confirmed && inspections.actions(id, actor).end().allowed()) {
            return confirmation(id, model, "confirm.end", "/inspection/end", null, null);
        }
        return act(id, redirect, () -> inspections.end(id, actor), "flash.ended");
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ProblemException problem) {
            // the console words refusals from the bundles by code; the API's English detail stays in the API
            redirect.addFlashAttribute("problem", zone.textOr("problem." + problem.code(), "problem.other", problem.code()));
            redirect.addFlashAttribute("problemCode", problem.code());
        }
        return "redirect:/console/officer/crossings/" + id;
    }

    private Optional<InspectionView> inspection(UUID id, Actor actor) {
        try {
            return Optional.of(inspections.get(id, actor));
        } catch (ProblemException notScheduled) {
            return Optional.empty();
        }
    }

    static Authority authority(Actor actor) {
        if (actor.isOfficerOf(Authority.MX)) {
            return Authority.MX;
        }
        if (actor.isOfficerOf(Authority.US)) {
            return Authority.US;
        }
        throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Only customs officers use the officer console");
    }
}
