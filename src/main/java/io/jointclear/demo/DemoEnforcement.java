package io.jointclear.demo;

import io.jointclear.enforcement.cases.CaseDocument;
import io.jointclear.enforcement.cases.CaseOrigin;
import io.jointclear.enforcement.cases.CaseService;
import io.jointclear.enforcement.cases.CaseStatus;
import io.jointclear.enforcement.cases.EnforcementCase;
import io.jointclear.enforcement.cases.Jurisdiction;
import io.jointclear.enforcement.cases.CaseMeasureKind;
import io.jointclear.enforcement.cases.Procedure;
import io.jointclear.enforcement.cases.StepKind;
import io.jointclear.enforcement.evidence.Custody;
import io.jointclear.enforcement.evidence.EvidenceService;
import io.jointclear.enforcement.liability.FineChoice;
import io.jointclear.shared.Actor;
import io.jointclear.shared.UserDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * DEMO: one PAMA from a fuel crossing at Nuevo Laredo — 40,000 L of diesel declared as lubricating base oil
 * (BRIEF §3.12 MX-4) — run from the embargo to the resolution with a photo, a lab report, the custody of
 * the tank and of the sample, and the liabilities computed by the engine. Once per database. The INPC of
 * the months it needs that INEGI has not published in the shipped data are DEMO values (source DEMO).
 */
final class DemoEnforcement implements ApplicationListener<ApplicationReadyEvent> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoEnforcement.class);
    /** The demo importer's RFC: a case naming it means the demo PAMA exists already. */
    static final String IMPORTER = "DEM260101AB1";
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final LocalDate DECLARED = LocalDate.of(2026, 3, 10);
    private static final String PLACE = "Aduana de Nuevo Laredo (240), patio fiscal";

    private final CaseService cases;
    private final EvidenceService evidence;
    private final Custody custody;
    private final UserDirectory users;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC(); // real days, not the simulator's moving clock

    DemoEnforcement(CaseService cases, EvidenceService evidence, Custody custody, UserDirectory users, JdbcTemplate jdbc) {
        this.cases = cases;
        this.evidence = evidence;
        this.custody = custody;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread.ofPlatform().name("demo-enforcement").daemon(true).start(() -> {
            try {
                Thread.sleep(Duration.ofSeconds(40)); // the DEMO tariff rates load first
                run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Demo PAMA not built: {}", e.getMessage());
            }
        });
    }

    void run() {
        Actor officer = users.actors().stream().filter(a -> a.isOfficerOf(io.jointclear.shared.Authority.MX)).findFirst().orElse(null);
        if (officer == null || cases.list(null, officer).stream().anyMatch(c -> c.subjects() != null
                && c.subjects().stream().anyMatch(s -> IMPORTER.equals(s.key())))) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(MEXICO));
        demoInpc(today);
        LocalDate opened = today.minusDays(30);
        CaseDocument c = cases.open(new EnforcementCase.Opening(CaseOrigin.INSPECTION, Jurisdiction.MX, Procedure.PAMA,
                "240", null, null, null,
                "DEMO: tank trailer declared as lubricating base oil (2710.19.99.01); the joint inspection smelled diesel, "
                        + "the PEMEX mobile lab confirmed diesel (2710.19.99.03)",
                List.of(new CaseDocument.Subject("IMPORTER", IMPORTER, "Lubricantes Demo del Norte (DEMO)"),
                        new CaseDocument.Subject("AGENT", "3456", "Agencia Aduanal del Norte"),
                        new CaseDocument.Subject("CARRIER", "TDNM", "Transportes del Norte"),
                        new CaseDocument.Subject("TRUCK", "DEMO-123-A", null)),
                List.of(new CaseDocument.Goods(1, "26 24 3456 6009999", DECLARED, "2710199901", "2710199903",
                        "Aceite diésel declarado como aceite lubricante básico (DEMO)", null, "US", new BigDecimal("40000"), "LTR",
                        new BigDecimal("30000"), "USD", new BigDecimal("18.0000"),
                        "PEMEX mobile lab: density 0.843 kg/L at 15 °C, T90 341 °C, sulphur 11 ppm: diesel")),
                List.of()), opened, officer);
        cases.measure(c.id(), new CaseDocument.Measure(CaseMeasureKind.EMBARGO, opened, null, PLACE, "embargo precautorio, art. 151-II LA", null), officer);
        record(c, officer, opened);
        cases.step(c.id(), StepKind.NOTIFY, opened.plusDays(1), "acta de inicio del PAMA notified to the importer", officer);
        cases.step(c.id(), StepKind.FILE_EVIDENCE, opened.plusDays(8), "the importer's arguments: 'base oil for blending'", officer);
        cases.liability(c.id(), today, List.of(new FineChoice("CFF_76", new BigDecimal("60"), null, null)), null, officer);
        CaseDocument resolved = cases.step(c.id(), StepKind.RESOLVE, today, "resolución: diesel; goods pass to the Fisco Federal", officer);
        log.info("Demo PAMA {} {} (DEMO): liabilities MXN {}", resolved.id(), resolved.status() == CaseStatus.RESOLVED ? "resolved" : "open",
                resolved.liability().total());
    }

    private void record(CaseDocument c, Actor officer, LocalDate opened) {
        Instant start = opened.atTime(10, 0).atZone(MEXICO).toInstant();
        evidence.upload(c.id(), "PHOTO", "TANK-1", "tank-trailer-valve.png", "image/png", photo(), officer);
        evidence.upload(c.id(), "LAB_REPORT", "SAMPLE-1", "pemex-mobile-lab.csv", "text/csv",
                "sample,density_kg_l_15c,t90_c,sulfur_ppm,verdict\nSAMPLE-1,0.843,341,11,diesel (DEMO)\n".getBytes(StandardCharsets.UTF_8), officer);
        List<String> tankSeals = List.of("SAT-DEMO-0041", "SAT-DEMO-0042");
        move(c, officer, "TANK-1", "TAKEN", null, "verificador R. Garza (DEMO)", start, tankSeals);
        move(c, officer, "TANK-1", "HANDED_OVER", "verificador R. Garza (DEMO)", "Almacén fiscal SAT Nuevo Laredo (DEMO)", start.plusSeconds(7200), tankSeals);
        move(c, officer, "TANK-1", "RECEIVED", null, "Almacén fiscal SAT Nuevo Laredo (DEMO)", start.plusSeconds(9000), tankSeals);
        List<String> sampleSeals = List.of("LAB-DEMO-7");
        move(c, officer, "SAMPLE-1", "TAKEN", null, "verificador R. Garza (DEMO)", start.plusSeconds(600), sampleSeals);
        move(c, officer, "SAMPLE-1", "HANDED_OVER", "verificador R. Garza (DEMO)", "Laboratorio móvil PEMEX (DEMO)", start.plusSeconds(1200), sampleSeals);
        move(c, officer, "SAMPLE-1", "RECEIVED", null, "Laboratorio móvil PEMEX (DEMO)", start.plusSeconds(1500), sampleSeals);
    }

    private void move(CaseDocument c, Actor officer, String item, String action, String from, String to, Instant at, List<String> seals) {
        custody.record(c.id(), new Custody.Movement(item, action, from, to, PLACE, at, seals), officer);
    }

    /** DEMO INPC for the months the demo needs and the shipped data lack: a drift of 0.3 % a month from Feb 2026. */
    private void demoInpc(LocalDate today) {
        YearMonth base = YearMonth.from(DECLARED).minusMonths(1);
        for (YearMonth m = base; !m.isAfter(YearMonth.from(today).minusMonths(1)); m = m.plusMonths(1)) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(base, m);
            BigDecimal value = new BigDecimal("142.000").multiply(BigDecimal.ONE.add(new BigDecimal("0.003").multiply(BigDecimal.valueOf(months))))
                    .setScale(3, java.math.RoundingMode.HALF_UP);
            jdbc.update("INSERT INTO enforcement.inpc (month, value, source, imported_at) VALUES (?, ?, ?, ?) ON CONFLICT (month) DO NOTHING",
                    m.atDay(1), value, "DEMO (not an INEGI value; demo profile only)", Timestamp.from(clock.instant()));
        }
    }

    private static byte[] photo() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8a, 0x9b, 0xa8));
        g.fillRect(0, 0, 64, 48);
        g.setColor(new Color(0xc2, 0x4b, 0x1a));
        g.fillOval(20, 12, 24, 24);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
