package io.jointclear.console.broker;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.TraderCrossingView;
import io.jointclear.clearance.TraderViews;
import io.jointclear.console.TraderCase;
import io.jointclear.inspection.InspectionView;
import io.jointclear.inspection.Inspections;
import io.jointclear.console.ConsoleZone;
import io.jointclear.console.CrossingRow;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.security.SecureRandom;
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
    private final SecureRandom random = new SecureRandom();

    BrokerController(Crossings crossings, Inspections inspections, CodeLists codeLists, MessageSource messages,
                     ConsoleZone zone, Clock clock) {
        this.crossings = crossings;
        this.inspections = inspections;
        this.codeLists = codeLists;
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        List<CrossingRow> rows = crossings.list(actor, null, null, null, 100).stream().map(c -> CrossingRow.of(c, zone)).toList();
        model.addAttribute("rows", rows);
        return "broker/crossings";
    }

    @GetMapping("/new")
    String form(Actor actor, Model model) {
        return form(model, prefilled(actor), FieldErrors.NONE);
    }

    @PostMapping
    String file(@ModelAttribute("form") CrossingForm form, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        CrossingFormMapper.Result mapped = CrossingFormMapper.toFiling(form, zone.zone());
        if (!mapped.parseProblems().isEmpty()) {
            return form(model, form, errors(mapped.parseProblems(), locale));
        }
        try {
            CrossingView filed = crossings.file(mapped.filing(), actor);
            redirect.addFlashAttribute("flash", "flash.filed");
            return "redirect:/console/broker/crossings/" + filed.id();
        } catch (ProblemException problem) {
            List<FieldViolation> violations = problem.violations().isEmpty()
                    ? List.of(new FieldViolation("", problem.code(), problem.getMessage())) : problem.violations();
            return form(model, form, errors(violations, locale));
        }
    }

    /** The trader's view only: each lane's outcome and what to do, where and when to present the truck. */
    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Actor actor, Model model) {
        TraderCrossingView crossing = TraderViews.of(crossings.get(id, actor));
        model.addAttribute("c", TraderCase.of(crossing, inspection(id, actor), zone));
        return "broker/crossing";
    }

    private Optional<InspectionView> inspection(UUID id, Actor actor) {
        try {
            return Optional.of(inspections.get(id, actor));
        } catch (ProblemException none) {
            return Optional.empty();
        }
    }

    private String form(Model model, CrossingForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pairs", codeLists.portPairs());
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

    /** One of the broker's agency's licences, for a number that will pass; the demo's when it holds none. */
    private static String firstLicence(Actor actor, java.util.function.Function<Actor.Agency, java.util.Set<String>> licences,
                                       String otherwise) {
        return actor.agency() == null ? otherwise
                : licences.apply(actor.agency()).stream().sorted().findFirst().orElse(otherwise);
    }

    /** A sensible starting point: a northbound truck of Hass avocados at Nuevo Laredo / Laredo, numbers drawn fresh. */
    private CrossingForm prefilled(Actor actor) {
        CrossingForm f = new CrossingForm();
        LocalDateTime arrival = LocalDateTime.ofInstant(clock.instant(), zone.zone()).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        String patente = firstLicence(actor, Actor.Agency::patentes, "3456");
        String filerCode = firstLicence(actor, Actor.Agency::filerCodes, "316");
        f.setDirection("NORTHBOUND");
        f.setMxCustomsOffice("240");
        f.setUsPort("2304");
        f.setExpectedArrival(arrival.toString());
        f.setCarrierScac("TDNM");
        f.setCarrierName("Transportes del Norte SA de CV");
        f.setPlate("12AB34");
        f.setPlateCountry("MX");
        f.setTrailer("53TRL0042");
        f.setSeal("SL004217");
        f.setDriverName("Juan Pérez");
        f.setPedimentoNumber(DeclarationNumbers.pedimento(arrival.getYear(), "24", patente, random.nextInt(1_000_000)));
        f.setClave("A1");
        f.setUsNumber(DeclarationNumbers.usEntry(filerCode, random.nextInt(10_000_000)));
        f.setUsType("01");
        f.setMxTaxId("AGR010215KJ3");
        f.setMxName("Aguacates de Michoacán SA de CV");
        f.setUsTaxId("12-345678900");
        f.setUsName("Border Produce LLC");
        f.setMxTariffCode("0804400100");
        f.setUsTariffCode("0804400040");
        f.setDescription("Aguacate Hass fresco / Fresh Hass avocados");
        f.setOrigin("MX");
        f.setQuantity("20000");
        f.setMxUnit("KGM");
        f.setUsUnit("KGM");
        f.setValue("50000");
        f.setNetWeightKg("20000");
        f.setPreference("S");
        f.setManufacturer("MXAGRACE101URU");
        f.setIncoterm("FCA");
        return f;
    }
}
