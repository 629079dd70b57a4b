package io.jointclear.console.courier;

import io.jointclear.console.ConsoleZone;
import io.jointclear.courier.CourierOverview;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Courier manifests in the console: the courier's own manifests and rejections; the officer's manifest page
 * (flags first, tax at stake, consignments to inspect); the analyst's courier figures.
 */
@Controller
class CourierConsoleController {

    private static final int LIST_LIMIT = 50;
    private static final int DEFAULT_DAYS = 30;

    private final CourierOverview overview;
    private final ConsoleZone zone;
    private final Clock clock;

    CourierConsoleController(CourierOverview overview, ConsoleZone zone, Clock clock) {
        this.overview = overview;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/console/courier/manifests")
    String mine(@RequestParam(required = false) String id, Actor actor, Model model) {
        model.addAttribute("manifests", overview.myManifests(actor, LIST_LIMIT));
        if (id != null && !id.isBlank()) {
            UUID manifest = uuid(id);
            model.addAttribute("selected", manifest);
            model.addAttribute("rejections", overview.rejections(actor, manifest));
        }
        return "courier/manifests";
    }

    @GetMapping("/console/officer/courier/manifests")
    String officerList(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Actor actor,
                       Model model) {
        LocalDate end = date(to, LocalDate.now(clock));
        LocalDate start = date(from, end.minusDays(DEFAULT_DAYS));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("manifests", overview.recentManifests(actor, start, end, LIST_LIMIT));
        return "officer/courier-manifests";
    }

    @GetMapping("/console/officer/courier/manifests/{id}")
    String officerManifest(@PathVariable String id, Actor actor, Model model) {
        model.addAttribute("page", overview.officerManifest(actor, uuid(id), LocaleContextHolder.getLocale()));
        return "officer/courier-manifest";
    }

    /**
     * An officer's decision on one consignment from the manifest page (htmx swaps the page's main section; without
     * JavaScript the form posts and the page reloads). Refusals come back worded from the bundles by their code.
     */
    @PostMapping("/console/officer/courier/manifests/{id}/decisions")
    String decide(@PathVariable String id, @RequestParam String guide, @RequestParam String decision,
                  @RequestParam(required = false) String foundValueUsd, @RequestParam(required = false) String foundWeightKg,
                  @RequestParam(required = false) String foundDescription, @RequestParam(required = false) String foundHs6,
                  @RequestParam(required = false) String note, Actor actor, RedirectAttributes redirect) {
        UUID manifest = uuid(id);
        try {
            overview.decide(actor, manifest, new CourierOverview.Decision(guide, decision, number(foundValueUsd),
                    number(foundWeightKg), foundDescription, foundHs6, note));
            redirect.addFlashAttribute("flash", "courierConsole.decisionRecorded");
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("problem", zone.textOr("problem." + problem.code(), "problem.other", problem.code()));
            redirect.addFlashAttribute("problemCode", problem.code());
        }
        return "redirect:/console/officer/courier/manifests/" + manifest;
    }

    private static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(422, "COURIER_DECISION_INVALID", "Decision refused", "Not a number: " + value.strip());
        }
    }

    @GetMapping("/console/analyst/couriers")
    String analyst(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Actor actor, Model model) {
        LocalDate end = date(to, LocalDate.now(clock));
        LocalDate start = date(from, end.minusDays(DEFAULT_DAYS));
        model.addAttribute("figures", overview.analyst(actor, start, end));
        return "analyst/couriers";
    }

    private static LocalDate date(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period", "A date is YYYY-MM-DD");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "MANIFEST_NOT_FOUND", "Manifest not found", "A manifest id is a UUID");
        }
    }
}
