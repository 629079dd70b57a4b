package io.jointclear.immex.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.immex.Category;
import io.jointclear.immex.ExitKind;
import io.jointclear.immex.Immex;
import io.jointclear.immex.Modality;
import io.jointclear.immex.internal.LedgerStore.Consumed;
import io.jointclear.immex.internal.LedgerStore.NewEntry;
import io.jointclear.immex.internal.LedgerStore.ResolvedLine;
import io.jointclear.immex.internal.LedgerStore.Shortfall;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Programs, catalogues and the ledger's reads and writes, each checked against who asks. */
@Service
class ImmexService implements Immex {

    /** Mexico's time for the day a good entered or left (the border crossings keep central time but Baja California). */
    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    static final int MAX_EXIT_LINES = 999;
    static final int MAX_DISCHARGES_READ = 5_000;
    private static final Pattern RFC = Pattern.compile("[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{3}");
    private static final Pattern PROGRAM_NUMBER = Pattern.compile("[A-Z0-9-]{3,20}");

    private final ProgramStore programs;
    private final LedgerStore ledger;
    private final ExitPlanner planner;
    private final CatalogueImport imports;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImmexService(ProgramStore programs, LedgerStore ledger, ExitPlanner planner, CatalogueImport imports, AuditLog audit,
                 TransactionTemplate transactions, Clock clock) {
        this.programs = programs;
        this.ledger = ledger;
        this.planner = planner;
        this.imports = imports;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(MEXICO));
    }

    @Override
    public List<Program> programs(Actor actor) {
        if (actor.isOfficial()) {
            return programs.all();
        }
        if (actor.hasRole(Roles.COMPANY) && actor.company() != null) {
            return programs.ofCompany(actor.company());
        }
        throw forbidden("IMMEX programs are read by their company, officers, analysts, auditors and administrators");
    }

    @Override
    public Program program(UUID id, Actor actor) {
        Program p = programs.find(id).orElseThrow(() -> notFound(id));
        if (actor.isOfficial() || isCompanyOf(actor, p)) {
            return p;
        }
        throw notFound(id); // another company's program is not there for this user
    }

    /** The program, if the actor may change its catalogues and ledger: its company or an administrator. */
    Program writable(UUID id, Actor actor) {
        Program p = program(id, actor);
        if (!actor.hasRole(Roles.ADMIN) && !isCompanyOf(actor, p)) {
            throw forbidden("Only the program's company or an administrator changes its catalogues and ledger");
        }
        return p;
    }

    private static boolean isCompanyOf(Actor actor, Program p) {
        return actor.hasRole(Roles.COMPANY) && p.rfc().equals(actor.company());
    }

    @Override
    public Program register(NewProgram n, Actor actor) {
        if (!actor.hasRole(Roles.ADMIN) && !actor.isOfficerOf(Authority.MX)) {
            throw forbidden("Programs are registered by an administrator or a Mexican officer");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (n.number() == null || !PROGRAM_NUMBER.matcher(n.number()).matches()) {
            v.add(new FieldViolation("number", "MALFORMED_PROGRAM_NUMBER", "A program number is 3 to 20 capital letters, digits or hyphens"));
        }
        if (n.rfc() == null || !RFC.matcher(n.rfc()).matches()) {
            v.add(new FieldViolation("rfc", "MALFORMED_RFC", "An RFC is 3 or 4 letters, 6 digits (yymmdd) and a 3-character homoclave"));
        }
        if (n.name() == null || n.name().isBlank() || n.name().length() > 200) {
            v.add(new FieldViolation("name", "REQUIRED", "The company's name (1 to 200 characters) is required"));
        }
        if (n.modality() == null) {
            v.add(new FieldViolation("modality", "REQUIRED", "One of " + List.of(Modality.values())));
        }
        if (n.validFrom() == null) {
            v.add(new FieldViolation("validFrom", "REQUIRED", "The program's first day is required"));
        } else if (n.validTo() != null && n.validTo().isBefore(n.validFrom())) {
            v.add(new FieldViolation("validTo", "PERIOD_REVERSED", "validTo is before validFrom"));
        }
        List<String> plants = n.plants() == null ? List.of() : n.plants();
        if (plants.size() > 100 || plants.stream().anyMatch(s -> s == null || s.isBlank() || s.length() > 300)) {
            v.add(new FieldViolation("plants", "INVALID_VALUE", "At most 100 plant addresses of 1 to 300 characters"));
        }
        if (!v.isEmpty()) {
            throw new ProblemException(422, "INVALID_PROGRAM", "Program rejected", v.size() + " rule(s) violated; nothing was stored", v);
        }
        Program p = new Program(UUID.randomUUID(), n.number(), n.rfc(), n.name().strip(), n.modality(), List.copyOf(plants),
                n.validFrom(), n.validTo(), "ACTIVE", Boolean.TRUE.equals(n.certifiedIvaIeps()));
        return transactions.execute(tx -> {
            if (!programs.insert(p, clock.instant())) {
                throw new ProblemException(409, "PROGRAM_ALREADY_REGISTERED", "Program already registered",
                        "Program " + n.number() + " is already registered");
            }
            audit.append(AuditEntry.of(actor, "IMMEX_PROGRAM_REGISTERED", "IMMEX_PROGRAM", p.id().toString(), Authority.MX,
                    Map.of("number", p.number(), "rfc", p.rfc(), "modality", p.modality())));
            return p;
        });
    }

    @Override
    public ImportResult importMaterials(UUID id, Reader csv, Actor actor) {
        Program p = writable(id, actor);
        return transactions.execute(tx -> audited(actor, p, "MATERIALS", imports.materials(p, csv)));
    }

    @Override
    public ImportResult importProducts(UUID id, Reader csv, Actor actor) {
        Program p = writable(id, actor);
        return transactions.execute(tx -> audited(actor, p, "PRODUCTS", imports.products(p, csv)));
    }

    @Override
    public ImportResult importBoms(UUID id, Reader csv, Actor actor) {
        Program p = writable(id, actor);
        return transactions.execute(tx -> audited(actor, p, "BOMS", imports.boms(p, csv)));
    }

    @Override
    public ImportResult importEntries(UUID id, Reader csv, Actor actor) {
        Program p = writable(id, actor);
        return transactions.execute(tx -> {
            programs.lock(p.id());
            return audited(actor, p, "ENTRIES", imports.entries(p, csv, clock.instant()));
        });
    }

    private ImportResult audited(Actor actor, Program p, String what, ImportResult result) {
        audit.append(AuditEntry.of(actor, "IMMEX_CSV_IMPORTED", "IMMEX_PROGRAM", p.id().toString(), Authority.MX,
                Map.of("file", what, "accepted", result.accepted(), "rejected", result.rejected().size())));
        return result;
    }

    @Override
    public List<Balance> balances(UUID id, String partNumber, boolean openOnly, Actor actor) {
        Program p = program(id, actor);
        return ledger.balances(p.id(), partNumber, openOnly, today());
    }

    @Override
    public List<Balance> alerts(UUID id, Actor actor) {
        Program p = program(id, actor);
        return ledger.dueWithin(p.id(), today(), Alerts.HORIZON);
    }

    @Override
    public List<Discharge> discharges(UUID id, String exitPedimento, int limit, Actor actor) {
        Program p = program(id, actor);
        if (limit < 1 || limit > MAX_DISCHARGES_READ) {
            throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Invalid list parameter",
                    "limit must be 1 to " + MAX_DISCHARGES_READ, List.of(new FieldViolation("limit", "OUT_OF_RANGE",
                    "limit must be 1 to " + MAX_DISCHARGES_READ)));
        }
        return ledger.discharges(p.id(), exitPedimento, limit);
    }

    @Override
    public ExitRecorded recordExit(UUID id, NewExit exit, Actor actor) {
        Program p = writable(id, actor);
        requireExit(exit.pedimento(), exit.clave(), exit.date(), exit.lines());
        ExitKind kind = ExitKind.ofClave(exit.clave()).orElseThrow();
        if (kind == ExitKind.VIRTUAL_TRANSFER && "V1".equals(exit.clave())) {
            throw invalid(List.of(new FieldViolation("clave", "USE_TRANSFER", "A V1 transfer moves balance to the receiving "
                    + "program: POST /api/v1/immex/transfers")));
        }
        return transactions.execute(tx -> {
            ExitPlanner.Planned planned = new ExitPlanner.Planned(UUID.randomUUID(), p, exit.pedimento(), exit.clave(), kind,
                    exit.date(), exit.destination(), null, exit.lines(), "lines");
            int discharges = dischargeOrRefuse(planned);
            audit.append(AuditEntry.of(actor, "IMMEX_EXIT_RECORDED", "IMMEX_PROGRAM", p.id().toString(), Authority.MX,
                    Map.of("pedimento", exit.pedimento(), "clave", exit.clave(), "discharges", discharges)));
            return new ExitRecorded(planned.exitId(), exit.pedimento(), exit.clave(), discharges, 0);
        });
    }

    /** In the caller's transaction: locks the program, writes the exit and discharges it, or refuses it whole. */
    int dischargeOrRefuse(ExitPlanner.Planned planned) {
        programs.lock(planned.program().id());
        ExitPlanner.Resolution resolution = planner.resolve(planned);
        if (!resolution.violations().isEmpty()) {
            throw invalid(resolution.violations());
        }
        List<Shortfall> shortfalls = planner.write(planned, resolution.lines(), clock.instant());
        if (!shortfalls.isEmpty()) {
            throw new ProblemException(422, "IMMEX_BALANCE_SHORTFALL", "Not enough open balance",
                    shortfalls.size() + " part number(s) short; nothing was stored",
                    ExitPlanner.shortfallViolations(shortfalls, planned.fieldPrefix()));
        }
        return ledger.discharge(planned.program().id(), planned.date());
    }

    @Override
    public ExitRecorded transfer(Transfer t, Actor actor) {
        if (t.fromProgram() == null || t.toProgram() == null || t.fromProgram().equals(t.toProgram())) {
            throw invalid(List.of(new FieldViolation("toProgram", "INVALID_VALUE", "A transfer goes between two different programs")));
        }
        Program from = writable(t.fromProgram(), actor);
        Program to = programs.find(t.toProgram()).orElseThrow(() -> notFound(t.toProgram()));
        requireExit(t.exportPedimento(), "V1", t.date(), t.lines());
        if (t.importPedimento() == null || !t.importPedimento().matches("\\d{15}") || t.importPedimento().equals(t.exportPedimento())) {
            throw invalid(List.of(new FieldViolation("importPedimento", "MALFORMED_PEDIMENTO_NUMBER",
                    "The receiver's virtual import pedimento: 15 digits, other than the export's")));
        }
        return transactions.execute(tx -> {
            // both programs locked in one order: two opposite transfers cannot deadlock
            programs.lock(from.id().compareTo(to.id()) < 0 ? from.id() : to.id());
            programs.lock(from.id().compareTo(to.id()) < 0 ? to.id() : from.id());
            ExitPlanner.Planned planned = new ExitPlanner.Planned(UUID.randomUUID(), from, t.exportPedimento(), "V1",
                    ExitKind.VIRTUAL_TRANSFER, t.date(), to.number(), null, t.lines(), "lines");
            int discharges = dischargeOrRefuse(planned);
            List<NewEntry> received = received(ledger.consumedBy(planned.exitId()), to, t);
            int created = ledger.insertEntries(received, clock.instant());
            audit.append(AuditEntry.of(actor, "IMMEX_TRANSFER_RECORDED", "IMMEX_PROGRAM", from.id().toString(), Authority.MX,
                    Map.of("export", t.exportPedimento(), "import", t.importPedimento(), "to", to.number(),
                            "discharges", discharges, "entries", created)));
            return new ExitRecorded(planned.exitId(), t.exportPedimento(), "V1", discharges, created);
        });
    }

    /** The receiver's entries: each consumed entry's share, in its own line, on a new clock from the transfer date. */
    private static List<NewEntry> received(List<Consumed> consumed, Program to, Transfer t) {
        List<NewEntry> entries = new ArrayList<>(consumed.size());
        int line = 0;
        for (Consumed c : consumed) {
            BigDecimal share = c.quantity().divide(c.entryQuantity(), 12, RoundingMode.HALF_UP);
            entries.add(new NewEntry(to.id(), t.importPedimento(), ++line, "V1", t.date(), c.partNumber(), c.fraccion(),
                    c.origin(), c.category(), c.quantity(), c.umc(), scaled(c.quantityUmt(), share, 6), c.umt(),
                    scaled(c.valueUsd(), share, 2), scaled(c.igiDeferredMxn(), share, 2), scaled(c.ccDeferredMxn(), share, 2),
                    scaled(c.ivaCreditMxn(), share, 2), c.paymentForm(), c.category().deadline(t.date(), to.validTo()),
                    "TRANSFER", null, c.entryId()));
        }
        return entries;
    }

    private static BigDecimal scaled(BigDecimal amount, BigDecimal share, int scale) {
        return amount.multiply(share).setScale(scale, RoundingMode.HALF_UP);
    }

    private static void requireExit(String pedimento, String clave, LocalDate date, List<ExitLine> lines) {
        List<FieldViolation> v = new ArrayList<>();
        if (pedimento == null || !pedimento.matches("\\d{15}")) {
            v.add(new FieldViolation("pedimento", "MALFORMED_PEDIMENTO_NUMBER", "A pedimento number is 15 digits"));
        }
        if (ExitKind.ofClave(clave).isEmpty()) {
            v.add(new FieldViolation("clave", "UNKNOWN_PEDIMENTO_TYPE", "An exit is RT, V1, V5, F4, F5 or DESTRUCCION"));
        }
        if (date == null) {
            v.add(new FieldViolation("date", "REQUIRED", "The exit's date is required"));
        }
        if (lines == null || lines.isEmpty() || lines.size() > MAX_EXIT_LINES) {
            v.add(new FieldViolation("lines", "NO_LINES", "1 to " + MAX_EXIT_LINES + " lines"));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                ExitLine l = lines.get(i);
                if (l == null || l.quantity() == null || l.quantity().signum() <= 0
                        || l.quantity().compareTo(Fields.MAX_QUANTITY) >= 0 || l.quantity().stripTrailingZeros().scale() > Fields.MAX_SCALE) {
                    v.add(new FieldViolation("lines[" + i + "].quantity", "NON_POSITIVE_QUANTITY",
                            "A quantity above zero, below 10^12, at most 6 decimals"));
                } else if (l.goods() != null && !Objects.equals(l.goods(), ExitPlanner.PRODUCT)
                        && !Objects.equals(l.goods(), ExitPlanner.MATERIAL)) {
                    v.add(new FieldViolation("lines[" + i + "].goods", "INVALID_VALUE", "goods is PRODUCT or MATERIAL"));
                }
            }
        }
        if (!v.isEmpty()) {
            throw invalid(v);
        }
    }

    static ProblemException invalid(List<FieldViolation> v) {
        return new ProblemException(422, "INVALID_IMMEX_MOVEMENT", "Movement rejected", v.size() + " rule(s) violated; nothing was stored", v);
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(404, "PROGRAM_NOT_FOUND", "Program not found", "No IMMEX program " + id + " visible to you");
    }

    private static ProblemException forbidden(String message) {
        return new ProblemException(403, "FORBIDDEN", "Forbidden", message);
    }

}
