package io.jointclear.demo;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.Decision;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.declaration.DeclarationDocument.Party;
import io.jointclear.declaration.DeclarationDocument.Quantity;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.immex.Immex;
import io.jointclear.immex.Modality;
import io.jointclear.inspection.Inspections;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * DEMO: a maquiladora of auto parts (program DEMO-IMMEX-0001, RFC of the demo user {@code immex}) with
 * its catalogues and bills of materials, importing aluminium ingots and steel coil temporarily (IN) on
 * southbound crossings and returning pistons and fenders (RT) on northbound crossings, all through the
 * normal filing path as the demo broker and released by the demo officers — so its ledger shows the
 * entries posted at release and the PEPS discharges of the returns. Invented company and figures.
 */
final class DemoMaquiladora implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoMaquiladora.class);
    static final String PROGRAM = "DEMO-IMMEX-0001";
    static final String RFC = "MAQ990301AB1";
    private static final Actor ADMIN = new Actor("admin", Set.of(Actor.Roles.ADMIN), null, null);
    private static final Actor COMPANY = new Actor("immex", Set.of(Actor.Roles.COMPANY), null, null, null, null, RFC);
    private static final Actor OFFICER_MX = new Actor("officer-mx", Set.of(Actor.Roles.OFFICER_MX), Authority.MX, null);
    private static final Actor OFFICER_US = new Actor("officer-us", Set.of(Actor.Roles.OFFICER_US), Authority.US, null);
    private static final Actor BROKER = new Actor("broker", Set.of(Actor.Roles.BROKER), null,
            new Actor.Agency("aduanal-del-norte", "Agencia Aduanal del Norte", Set.of("3456"), Set.of("316")));
    private static final Party COMPANY_PARTY = new Party(RFC, "Autopartes Maquila del Norte SA de CV (DEMO)", "MX");
    private static final Party US_PARTY = new Party("74-5550101", "Border Auto Components LLC (DEMO)", "US");

    private final Immex immex;
    private final Crossings crossings;
    private final Inspections inspections;
    private final Clock clock;
    private volatile boolean running = true;
    private Thread thread;

    DemoMaquiladora(Immex immex, Crossings crossings, Inspections inspections) {
        this.immex = immex;
        this.crossings = crossings;
        this.inspections = inspections;
        this.clock = Clock.systemUTC(); // its own days, not the simulator's moving clock
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        thread = Thread.ofPlatform().name("demo-maquiladora").daemon(true).start(this::run);
    }

    @Override
    public void destroy() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        try {
            Thread.sleep(Duration.ofSeconds(45)); // the DEMO rates and FIX series load in the background first
            if (immex.programs(ADMIN).stream().anyMatch(p -> p.number().equals(PROGRAM))) {
                log.info("Demo maquiladora: program {} already seeded", PROGRAM);
                return;
            }
            UUID program = seed();
            int serial = (int) (LocalDate.now(clock).toEpochDay() % 500) * 20;
            for (String[] in : List.of(new String[] {"AL-INGOT", "7601100299", "22000", "55000"},
                    new String[] {"STEEL-COIL", "7208390199", "25000", "18750"})) {
                cross(false, in[0], in[1], "KGM", new BigDecimal(in[2]), new BigDecimal(in[3]), ++serial);
            }
            Thread.sleep(Duration.ofSeconds(10)); // entries post at release, asynchronously
            cross(true, "PISTON-A", "8409910500", "KGM", new BigDecimal("8000"), new BigDecimal("72000"), ++serial);
            cross(true, "FENDER-F", "8708290100", "C62", new BigDecimal("1000"), new BigDecimal("40000"), ++serial);
            log.info("Demo maquiladora: program {} ({}) seeded with its crossings", PROGRAM, program);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Demo maquiladora stopped: {}", e.toString());
        }
    }

    private UUID seed() {
        Immex.Program p = immex.register(new Immex.NewProgram(PROGRAM, RFC, "Autopartes Maquila del Norte SA de CV (DEMO)",
                Modality.INDUSTRIAL, List.of("Carretera a Laredo km 12, Nuevo Laredo, Tamps. (DEMO)"), LocalDate.of(2020, 1, 1), null,
                true), ADMIN);
        immex.importMaterials(p.id(), new StringReader("""
                part_number,description,fraccion,nico,umc,umt,conversion_factor,category,valid_from
                AL-INGOT,Lingotes de aluminio sin alear,76011002,99,KGM,KGM,1,RAW_MATERIAL,2020-01-01
                STEEL-COIL,Lámina de acero laminada en caliente,72083901,99,KGM,KGM,1,RAW_MATERIAL,2020-01-01
                PALLET-W,Tarima de madera retornable,44152001,00,C62,C62,1,PACKAGING,2020-01-01
                """), COMPANY);
        immex.importProducts(p.id(), new StringReader("""
                part_number,description,fraccion,umc,valid_from
                PISTON-A,Pistones de aluminio,84099105,KGM,2020-01-01
                FENDER-F,Guardafangos de acero,87082901,C62,2020-01-01
                """), COMPANY);
        immex.importBoms(p.id(), new StringReader("""
                product,valid_from,material,quantity_per_unit,scrap_pct
                PISTON-A,2020-01-01,AL-INGOT,1.05,3
                FENDER-F,2020-01-01,STEEL-COIL,12,4
                """), COMPANY);
        return p.id();
    }

    /** Files one crossing of the maquiladora through the normal path and releases it as the demo officers would. */
    private void cross(boolean north, String part, String code, String unit, BigDecimal quantity, BigDecimal valueUsd, int serial) {
        LocalDate date = LocalDate.now(clock.withZone(ZoneId.of("America/Monterrey")));
        String pedimento = DeclarationNumbers.pedimento(date.getYear(), "24", "3456", 900_000 + serial);
        BigDecimal weight = "KGM".equals(unit) ? quantity : quantity.multiply(new BigDecimal("13"));
        Line line = new Line(code, part + " (DEMO)", north ? "MX" : "US", north ? "US" : "MX", new Quantity(quantity, unit), weight,
                valueUsd, null, null, List.of(), part);
        DeclarationDocument mx = new DeclarationDocument(Authority.MX, pedimento, north ? "EXP" : "IMP", north ? "RT" : "IN",
                north ? "ETR" : "ITE", "3456", "240", date, null, north ? null : COMPANY_PARTY, north ? COMPANY_PARTY : null,
                north ? US_PARTY : null, north ? null : US_PARTY, "USD", "FCA", null, null, null, PROGRAM, List.of(), List.of(line));
        Line usLine = new Line(DemoProducts.SOUTHBOUND.stream().filter(p -> p.mxCode().equals(code)).map(DemoProducts.Product::usCode)
                .findFirst().orElse(code), part + " (DEMO)", north ? "MX" : "US", north ? null : "MX", new Quantity(quantity, unit),
                weight, valueUsd, null, north ? "MXAUTMAQ101NLD" : null, List.of());
        DeclarationDocument us = north
                ? new DeclarationDocument(Authority.US, DeclarationNumbers.usEntry("316", 900_000 + serial), null, "01", null, "316",
                "2304", date, null, US_PARTY, null, null, COMPANY_PARTY, "USD", null, null, null, null, null, List.of(), List.of(usLine))
                : new DeclarationDocument(Authority.US, "X" + date.getYear() + String.format("%010d", 9_000_000L + serial), "EXP", "EEI",
                null, "316", "2304", date, null, null, US_PARTY, null, null, "USD", null, null, null, null, null, List.of(),
                List.of(usLine));
        FileCrossing filing = new FileCrossing(north ? "NORTHBOUND" : "SOUTHBOUND", "240", "2304",
                clock.instant().atOffset(java.time.ZoneOffset.ofHours(-6)), new FileCrossing.Carrier("TDNM", "Transportes del Norte"),
                new FileCrossing.Conveyance("DEMO" + serial, north ? "MX" : "US", "53DEMO" + serial, List.of("SLDEMO" + serial)),
                new FileCrossing.Driver("Operador DEMO", null), List.of(mx, us));
        try {
            CrossingView c = crossings.file(filing, BROKER);
            c = crossings.arrive(c.id(), clock.instant(), ADMIN);
            if (c.lanes() != null && "RED".equals(c.lanes().joint())) {
                inspections.join(c.id(), OFFICER_MX);
                inspections.join(c.id(), OFFICER_US);
                inspections.recordFinding(c.id(), OFFICER_MX, "NONE", null, "Sin discrepancias (DEMO)");
                inspections.end(c.id(), OFFICER_MX);
            }
            crossings.decide(c.id(), new RecordDecision(Authority.MX, Decision.RELEASE, "Desaduanamiento libre (DEMO)"), OFFICER_MX);
            crossings.decide(c.id(), new RecordDecision(Authority.US, Decision.RELEASE, "Released (DEMO)"), OFFICER_US);
        } catch (ProblemException e) {
            log.info("Demo maquiladora: {} crossing of {} not completed: {} {}", north ? "return" : "import", part, e.code(),
                    e.violations().isEmpty() ? e.getMessage() : e.violations());
        }
    }
}
