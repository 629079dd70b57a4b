package io.jointclear.console.broker;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.TraderCrossingView;
import io.jointclear.clearance.TraderViews;
import io.jointclear.console.TraderCase;
import io.jointclear.console.WaitingHints;
import io.jointclear.inspection.InspectionView;
import io.jointclear.inspection.Inspections;
import io.jointclear.console.ConsoleZone;
import io.jointclear.clearance.CrossingSort;
import io.jointclear.console.ConsoleLists;
import io.jointclear.console.CrossingListQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.console.FilingFormDefaults;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.RequestParam;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The broker's pages: their crossings, one crossing, and the filing form with the platform's field errors. */
@Controller
@RequestMapping("/console/broker/crossings")
class BrokerController {

    private final Crossings crossings;
    private final Inspections inspections;
    private final CodeLists codeLists;
    private final MessageSource messages;
    private final ConsoleZone zone;
    private final Clock clock;
    private final ObjectProvider<FilingFormDefaults> defaults;
    private final ConsoleLists lists;

    BrokerController(Crossings crossings, Inspections inspections, CodeLists codeLists, MessageSource messages,
                     ConsoleZone zone, Clock clock, ObjectProvider<FilingFormDefaults> defaults, ConsoleLists lists) {
        this.defaults = defaults;
        this.crossings = crossings;
        this.inspections = inspections;
        this.codeLists = codeLists;
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
        this.lists = lists;
    }

    /** Request attribute: how many goods lines a submitted form named beyond {@link CrossingForm#MAX_LINES}. */
    private static final String LINES_OVER_CAP = BrokerController.class.getName() + ".linesOverCap";

    /**
     * A form naming a goods line beyond the form's cap ({@code lines[4999].value}) binds none of its lines:
     * the binder would otherwise grow the list to that index, or fail past its own limit (a 500). The
     * handler answers the form with a field error on {@code lines} instead, and nothing is filed.
     */
    @org.springframework.web.bind.annotation.InitBinder("form")
    void capLines(org.springframework.web.bind.WebDataBinder binder, HttpServletRequest request) {
        int named = GoodsLines.linesNamed(request.getParameterMap().keySet());
        if (named > CrossingForm.MAX_LINES) {
            binder.setDisallowedFields("lines*");
            request.setAttribute(LINES_OVER_CAP, named);
        }
    }

    /** The form again with the cap's field error, 422: nothing of the submission was filed. */
    private Optional<String> overCap(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                     CrossingForm form, Model model, Locale locale, UUID amending) {
        if (!(request.getAttribute(LINES_OVER_CAP) instanceof Integer named)) {
            return Optional.empty();
        }
        response.setStatus(422);
        form.setLines(List.of(new CrossingForm.GoodsLine()));
        String text = messages.getMessage("form.linesCap", new Object[] {CrossingForm.MAX_LINES, named}, locale);
        FieldErrors errors = new FieldErrors(Map.of("lines", List.of(new FieldErrors.Message("lines",
                io.jointclear.declaration.DeclarationDocument.TOO_MANY_LINES, text, ""))), List.of());
        return Optional.of(form(model, form, errors, amending));
    }

    /** The sorts the broker's list offers, its default (newest filed first) first. */
    static final List<CrossingSort> SORTS = List.of(CrossingSort.FILED, CrossingSort.EXPECTED_ARRIVAL, CrossingSort.ARRIVED,
            CrossingSort.STATUS, CrossingSort.PORT);

    /** The agency's crossings a page at a time, searchable; the URL carries the whole state (bookmarkable). */
    @GetMapping
    String list(@RequestParam Map<String, String> params, Actor actor, Model model, HttpServletRequest request) {
        CrossingListQuery q = CrossingListQuery.parse(params, "/console/broker/crossings", SORTS, true);
        lists.show(actor, q, List.of(), model);
        return ConsoleLists.partial(request, ConsoleLists.RESULTS) ? "broker/crossings :: results" : "broker/crossings";
    }

    /** The same list, every page, as CSV. */
    @GetMapping("/export.csv")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Actor actor, Locale locale) {
        CrossingListQuery q = CrossingListQuery.parse(params, "/console/broker/crossings", SORTS, true);
        return lists.csv(actor, q, List.of(), locale, "crossings.csv");
    }

    /** A new filing: empty, the profile's starting values (the demo's), or a copy of one of the agency's crossings. */
    @GetMapping("/new")
    String form(@RequestParam(name = "copy", required = false) UUID copy, Actor actor, Model model) {
        if (copy != null) {
            CrossingForm form = CrossingFormMapper.toForm(crossings.get(copy, actor), zone.zone(), true);
            model.addAttribute("copiedFrom", copy);
            return form(model, form, FieldErrors.NONE, null);
        }
        return form(model, startingValues(actor), FieldErrors.NONE, null);
    }

    @PostMapping
    String file(@ModelAttribute("form") CrossingForm form, @RequestParam(name = "lineAction", required = false) String lineAction,
                Actor actor, Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {
        Optional<String> capped = overCap(request, response, form, model, locale, null);
        if (capped.isPresent()) {
            return capped.get();
        }
        if (lineAction != null) {
            return form(model, GoodsLines.apply(form, lineAction), FieldErrors.NONE, null);
        }
        return submit(form, null, actor, model, locale, redirect, filing -> crossings.file(filing, actor), "flash.filed");
    }

    /** Amendment before arrival: the filed crossing on the form; after arrival the platform refuses it (409). */
    @GetMapping("/{id}/amend")
    String amendForm(@PathVariable UUID id, Actor actor, Model model) {
        return form(model, CrossingFormMapper.toForm(crossings.get(id, actor), zone.zone(), false), FieldErrors.NONE, id);
    }

    @PostMapping("/{id}/amend")
    String amend(@PathVariable UUID id, @ModelAttribute("form") CrossingForm form,
                 @RequestParam(name = "lineAction", required = false) String lineAction,
                 Actor actor, Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request,
                 jakarta.servlet.http.HttpServletResponse response) {
        Optional<String> capped = overCap(request, response, form, model, locale, id);
        if (capped.isPresent()) {
            return capped.get();
        }
        if (lineAction != null) {
            return form(model, GoodsLines.apply(form, lineAction), FieldErrors.NONE, id);
        }
        if (crossings.get(id, actor).status() != CrossingStatus.FILED) {
            // the truck arrived: the platform's refusal, not the form's details, is the answer
            try {
                crossings.amend(id, CrossingFormMapper.toFiling(form, zone.zone()).filing(), actor);
            } catch (ProblemException refused) {
                return form(model, form, errors(List.of(new FieldViolation("", refused.code(), refused.getMessage())), locale), id);
            }
        }
        return submit(form, id, actor, model, locale, redirect, filing -> crossings.amend(id, filing, actor), "flash.amended");
    }

    /**
     * Every problem of the form at once: what cannot be parsed, then the platform's own rules over the
     * whole declaration (a field that did not parse is not reported again as missing); the filing or
     * amendment only when none is left.
     */
    private String submit(CrossingForm form, UUID amending, Actor actor, Model model, Locale locale, RedirectAttributes redirect,
                          Function<FileCrossing, CrossingView> action, String flash) {
        CrossingFormMapper.Result mapped = CrossingFormMapper.toFiling(form, zone.zone());
        List<FieldViolation> violations = new ArrayList<>(mapped.parseProblems());
        Set<String> unparsed = mapped.parseProblems().stream().map(FieldViolation::field).collect(Collectors.toSet());
        for (FieldViolation v : crossings.check(mapped.filing(), actor)) {
            if (!unparsed.contains(CrossingFormMapper.fieldOf(v.field()).orElse(""))) {
                violations.add(v);
            }
        }
        if (violations.isEmpty()) {
            try {
                CrossingView saved = action.apply(mapped.filing());
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/console/broker/crossings/" + saved.id();
            } catch (ProblemException problem) {
                violations = problem.violations().isEmpty()
                        ? List.of(new FieldViolation("", problem.code(), problem.getMessage())) : problem.violations();
            }
        }
        return form(model, form, errors(violations, locale), amending);
    }

    /** The trader's view only: each lane's outcome and what to do, where and when to present the truck. */
    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Actor actor, Model model) {
        TraderCrossingView crossing = TraderViews.of(crossings.get(id, actor));
        var inspection = inspection(id, actor);
        model.addAttribute("c", TraderCase.of(crossing, inspection, zone));
        model.addAttribute("hints", WaitingHints.of(crossing.status(), crossing.decisions() == null ? List.of()
                        : crossing.decisions().stream().map(d -> new WaitingHints.DecisionFact(d.authority(), d.decision())).toList(),
                crossing.inspection() != null && crossing.inspection().required(), inspection));
        model.addAttribute("crossingId", id);
        // amendment is open until the truck arrives; the platform refuses it afterwards (409)
        model.addAttribute("amendable", crossing.status() == CrossingStatus.FILED);
        return "broker/crossing";
    }

    private Optional<InspectionView> inspection(UUID id, Actor actor) {
        try {
            return Optional.of(inspections.get(id, actor));
        } catch (ProblemException none) {
            return Optional.empty();
        }
    }

    private String form(Model model, CrossingForm form, FieldErrors errors, UUID amending) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pairs", codeLists.portPairs());
        model.addAttribute("amending", amending);
        model.addAttribute("maxLines", CrossingForm.MAX_LINES);
        return "broker/new";
    }

    private FieldErrors errors(List<FieldViolation> violations, Locale locale) {
        List<FieldViolation> general = new ArrayList<>();
        Map<String, List<FieldViolation>> grouped = CrossingFormMapper.group(violations, general);
        Map<String, List<FieldErrors.Message>> byField = new LinkedHashMap<>();
        grouped.forEach((field, list) -> byField.put(field, list.stream().map(v -> message(v, locale)).toList()));
        return new FieldErrors(byField, general.stream().map(v -> message(v, locale)).toList());
    }

    /** The reader's words for a violation, by code; the platform's English detail is for the API only. */
    private FieldErrors.Message message(FieldViolation v, Locale locale) {
        String summary = messages.getMessage("violation." + v.code(), null, null, locale);
        if (summary == null) {
            summary = messages.getMessage("problem." + v.code(), null, null, locale);
        }
        if (summary == null) {
            summary = messages.getMessage("violation.other", new Object[] {v.code()}, locale);
        }
        return new FieldErrors.Message(v.field(), v.code(), summary, "");
    }

    /** The profile's starting values (the demo's ready-made example); nothing outside such a profile. */
    private CrossingForm startingValues(Actor actor) {
        CrossingForm form = new CrossingForm();
        FilingFormDefaults source = defaults.getIfAvailable();
        if (source == null) {
            return form;
        }
        LocalDateTime arrival = LocalDateTime.ofInstant(clock.instant(), zone.zone()).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
        wrapper.setAutoGrowNestedPaths(true);
        source.forNewFiling(actor, arrival).forEach(wrapper::setPropertyValue);
        return form;
    }
}
