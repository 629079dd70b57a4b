package io.jointclear.immex.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.clearance.CrossingEvents.CrossingReleased;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.FilingCheck;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.immex.ExitKind;
import io.jointclear.immex.Immex.ExitLine;
import io.jointclear.immex.Immex.Program;
import io.jointclear.immex.internal.LedgerStore.NewEntry;
import io.jointclear.immex.internal.LedgerStore.Shortfall;
import io.jointclear.immex.internal.ProgramStore.Material;
import io.jointclear.immex.tmec.Tmec25Settlement;
import io.jointclear.reference.ReferenceDataProblem;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.tariff.Assessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger kept from the platform's own crossings. At filing, a pedimento of a program registered
 * here must name catalogued part numbers and, for a return, be covered by open balances (checked in a
 * transaction that is rolled back: nothing is written). At release — when the selection mechanism was
 * activated and the goods went — a southbound IMMEX temporary import (IN, AF) posts its lines as
 * entries and a northbound return (RT) discharges them, PEPS. Posting is idempotent per crossing.
 */
@Component
class CrossingLedger implements FilingCheck {

    private static final Logger log = LoggerFactory.getLogger(CrossingLedger.class);
    static final Set<String> ENTRY_CLAVES = Set.of("IN", "AF");
    static final Set<String> RETURN_CLAVES = Set.of("RT");
    /** Reads the crossing as the ledger's own system user (an auditor's read: every crossing, nothing changed). */
    private static final Actor LEDGER = new Actor(AuditEntry.SYSTEM, Set.of(Actor.Roles.AUDITOR), null, null);

    private final ProgramStore programs;
    private final LedgerStore ledger;
    private final ExitPlanner planner;
    private final Crossings crossings;
    private final AuditLog audit;
    private final TransactionTemplate dryRun;
    private final Clock clock;
    private final JsonMapper json;
    private final Tmec25Settlement tmec;

    CrossingLedger(ProgramStore programs, LedgerStore ledger, ExitPlanner planner, Crossings crossings,
                   AuditLog audit, TransactionTemplate transactions, Clock clock, JsonMapper json, Tmec25Settlement tmec) {
        this.tmec = tmec;
        this.programs = programs;
        this.ledger = ledger;
        this.planner = planner;
        this.crossings = crossings;
        this.audit = audit;
        this.dryRun = new TransactionTemplate(transactions.getTransactionManager());
        this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.json = json;
    }

    @Override
    public List<FieldViolation> check(FileCrossing filing) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < filing.declarations().size(); i++) {
            DeclarationDocument d = filing.declarations().get(i);
            String prefix = "declarations[" + i + "].";
            Optional<Program> program = programOf(d);
            if (program.isEmpty()) {
                continue; // a program not kept on this platform keeps its Annex 24 elsewhere
            }
            String party = ENTRY_CLAVES.contains(d.type()) ? taxId(d.importer()) : taxId(d.exporter());
            if (party != null && !party.equals(program.get().rfc())) {
                v.add(new FieldViolation(prefix + "immexProgram", "IMMEX_PROGRAM_OTHER_COMPANY", "Program "
                        + program.get().number() + " belongs to RFC " + program.get().rfc() + ", the pedimento's company is " + party));
            } else if (ENTRY_CLAVES.contains(d.type())) {
                v.addAll(checkEntry(d, program.get(), prefix));
            } else {
                v.addAll(checkReturn(d, program.get(), prefix));
            }
        }
        return v;
    }

    private static String taxId(DeclarationDocument.Party party) {
        return party == null || party.taxId() == null || party.taxId().isBlank() ? null : party.taxId().strip();
    }

    /** The program of an IMMEX entry or return pedimento registered here; empty for any other declaration. */
    private Optional<Program> programOf(DeclarationDocument d) {
        if (d.authority() != Authority.MX || d.type() == null
                || !(ENTRY_CLAVES.contains(d.type()) && "IMP".equals(d.operation())
                || RETURN_CLAVES.contains(d.type()) && "EXP".equals(d.operation()))) {
            return Optional.empty();
        }
        String number = d.immexProgram() != null ? d.immexProgram() : d.identifiers().stream()
                .filter(id -> id != null && "IM".equals(id.code())).map(DeclarationDocument.Identifier::complement)
                .findFirst().orElse(null);
        return number == null ? Optional.empty() : programs.byNumber(number);
    }

    private List<FieldViolation> checkEntry(DeclarationDocument d, Program p, String prefix) {
        List<FieldViolation> v = new ArrayList<>();
        List<String> parts = d.lines().stream().map(Line::partNumber).filter(s -> s != null).distinct().toList();
        Map<String, Material> materials = programs.materialsAsOf(p.id(), parts, d.date());
        for (int i = 0; i < d.lines().size(); i++) {
            Line line = d.lines().get(i);
            String field = prefix + "lines[" + i + "].partNumber";
            Material m = line.partNumber() == null ? null : materials.get(line.partNumber());
            if (line.partNumber() == null) {
                v.add(new FieldViolation(field, "PART_NUMBER_REQUIRED", "Program " + p.number()
                        + " keeps its Annex 24 inventory on the platform: give each line's partNumber"));
            } else if (m == null) {
                v.add(new FieldViolation(field, "UNKNOWN_PART_NUMBER", "Part number " + line.partNumber()
                        + " is not in the material catalogue of program " + p.number() + " on " + d.date()));
            } else if (line.quantity() != null && !m.umc().equals(line.quantity().unit())) {
                v.add(new FieldViolation(prefix + "lines[" + i + "].quantity.unit", "UNIT_NOT_UMC", "Part number "
                        + line.partNumber() + " is kept in " + m.umc() + ", the line declares " + line.quantity().unit()));
            }
        }
        return v;
    }

    /** Whether the return is covered: written and discharged in a transaction that is always rolled back. */
    private List<FieldViolation> checkReturn(DeclarationDocument d, Program p, String prefix) {
        return dryRun.execute(tx -> {
            tx.setRollbackOnly();
            ExitPlanner.Planned planned = planned(d, p, null, d.date(), prefix + "lines");
            ExitPlanner.Resolution resolution = planner.resolve(planned);
            if (!resolution.violations().isEmpty()) {
                return resolution.violations();
            }
            List<Shortfall> shortfalls = planner.write(planned, resolution.lines(), clock.instant());
            return ExitPlanner.shortfallViolations(shortfalls, prefix + "lines");
        });
    }

    private static ExitPlanner.Planned planned(DeclarationDocument d, Program p, UUID crossing, LocalDate date, String field) {
        List<ExitLine> lines = d.lines().stream().map(l -> new ExitLine(l.partNumber(), null,
                l.quantity() == null ? null : l.quantity().value())).toList();
        String destination = d.lines().stream().map(Line::destination).filter(s -> s != null).findFirst().orElse(null);
        return new ExitPlanner.Planned(UUID.randomUUID(), p, d.number(), d.type(), ExitKind.RETURN, date, destination, crossing,
                lines, field);
    }

    @ApplicationModuleListener
    void on(CrossingReleased released) {
        if (ledger.crossingPosted(released.crossingId())) {
            return; // redelivered: posted already
        }
        CrossingView crossing = crossings.get(released.crossingId(), LEDGER);
        LocalDate day = LocalDate.ofInstant(released.releasedAt(), ImmexService.MEXICO);
        for (CrossingView.DeclarationView view : crossing.declarations()) {
            DeclarationDocument d = view.document();
            Optional<Program> program = d == null ? Optional.empty() : programOf(d);
            if (program.isEmpty()) {
                continue;
            }
            if (ENTRY_CLAVES.contains(d.type())) {
                post(d, view.assessment(), program.get(), crossing.id(), day);
            } else {
                UUID exit = discharge(d, program.get(), crossing.id(), day);
                BigDecimal usDuty = usDuty(crossing);
                if (exit != null && usDuty != null) {
                    settle(program.get(), crossing.id(), exit, usDuty, view.assessment() == null ? null : view.assessment().exchangeRate());
                }
            }
        }
    }

    /** Art. 2.5 T-MEC from the US entry; without the day's exchange rate the discharges still stand (logged for the officers). */
    private void settle(Program p, UUID crossing, UUID exit, BigDecimal usDuty, BigDecimal returnRate) {
        try {
            tmec.settle(p.id(), crossing, exit, usDuty, returnRate);
        } catch (ReferenceDataProblem e) {
            log.warn("crossing {}: art. 2.5 T-MEC of program {} not settled: {}", crossing, p.number(), e.getMessage());
        }
    }

    /** The customs duty assessed on the US entry of a joint crossing; null when the crossing has none. */
    private static BigDecimal usDuty(CrossingView crossing) {
        return crossing.declarations().stream()
                .filter(v -> v.document() != null && v.document().authority() == Authority.US && v.assessment() != null)
                .map(v -> v.assessment().totalOf("DUTY")).reduce(BigDecimal::add).orElse(null);
    }

    private void post(DeclarationDocument d, Assessment assessment, Program p, UUID crossing, LocalDate day) {
        programs.lock(p.id());
        List<String> parts = d.lines().stream().map(Line::partNumber).filter(s -> s != null).distinct().toList();
        Map<String, Material> materials = programs.materialsAsOf(p.id(), parts, d.date());
        List<NewEntry> entries = new ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            Line line = d.lines().get(i);
            Material m = line.partNumber() == null ? null : materials.get(line.partNumber());
            if (m == null || line.quantity() == null) {
                log.warn("crossing {}: line {} of pedimento {} has no catalogued part number, not posted", crossing, i + 1, d.number());
                continue;
            }
            int lineNo = i + 1;
            Assessment.Line assessed = assessment == null ? null : assessment.lines().stream()
                    .filter(a -> a.line() == lineNo).findFirst().orElse(null);
            BigDecimal quantity = line.quantity().value();
            entries.add(new NewEntry(p.id(), d.number(), lineNo, d.type(), day, line.partNumber(),
                    m.fraccion(), line.origin(), m.category(), quantity, m.umc(),
                    quantity.multiply(m.conversionFactor()).setScale(6, RoundingMode.HALF_UP), m.umt(), valueUsd(d, assessment, assessed, line),
                    tax(assessed, "IGI", Set.of("5")), tax(assessed, "CC", Set.of("5")),
                    tax(assessed, "IVA", Set.of("21", "22")).add(tax(assessed, "IEPS", Set.of("21", "22"))),
                    paymentForm(assessed), m.category().deadline(day, p.validTo()), "CROSSING", crossing, null));
        }
        int posted = ledger.insertEntries(entries, clock.instant());
        audit.append(AuditEntry.of(AuditEntry.SYSTEM, "IMMEX_ENTRY_POSTED", "IMMEX_PROGRAM", p.id().toString(), Authority.MX,
                Map.of("pedimento", d.number(), "crossing", crossing, "lines", posted)));
    }

    private static BigDecimal valueUsd(DeclarationDocument d, Assessment assessment, Assessment.Line assessed, Line line) {
        if (assessed != null && assessment.exchangeRate() != null && assessment.exchangeRate().signum() > 0) {
            return assessed.customsValue().divide(assessment.exchangeRate(), 2, RoundingMode.HALF_UP);
        }
        return "USD".equals(d.currency()) && line.value() != null ? line.value().setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
    }

    private static BigDecimal tax(Assessment.Line assessed, String code, Set<String> forms) {
        Assessment.Tax t = assessed == null ? null : assessed.tax(code);
        return t != null && t.amount() != null && forms.contains(t.paymentForm()) ? t.amount() : BigDecimal.ZERO;
    }

    private static String paymentForm(Assessment.Line assessed) {
        Assessment.Tax igi = assessed == null ? null : assessed.tax("IGI");
        return igi == null ? null : igi.paymentForm();
    }

    /**
     * A released return is discharged; if another return took the balance since its filing, the exit is
     * kept with its shortfall for the officers (the goods did leave) and nothing is discharged for it.
     */
    private UUID discharge(DeclarationDocument d, Program p, UUID crossing, LocalDate day) {
        ExitPlanner.Planned planned = planned(d, p, crossing, day, "lines");
        programs.lock(p.id());
        ExitPlanner.Resolution resolution = planner.resolve(planned);
        List<Shortfall> shortfalls = planner.write(planned, resolution.lines(), clock.instant());
        int discharges = 0;
        if (shortfalls.isEmpty() && resolution.violations().isEmpty()) {
            discharges = ledger.discharge(p.id(), day);
        } else {
            ledger.recordShortfall(planned.exitId(), json.writeValueAsString(Map.of("shortfalls", shortfalls,
                    "unresolved", resolution.violations())));
            log.warn("crossing {}: return {} of program {} released without cover: {}", crossing, d.number(), p.number(), shortfalls);
        }
        audit.append(AuditEntry.of(AuditEntry.SYSTEM, "IMMEX_RETURN_DISCHARGED", "IMMEX_PROGRAM", p.id().toString(), Authority.MX,
                Map.of("pedimento", d.number(), "crossing", crossing, "discharges", discharges, "short", shortfalls.size())));
        return discharges > 0 ? planned.exitId() : null;
    }
}
