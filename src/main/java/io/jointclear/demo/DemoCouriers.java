package io.jointclear.demo;

import io.jointclear.courier.CourierFilings;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.jointclear.shared.UserDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files the demo couriers' manifests: once started, one a day per main crossing for the backfilled days and
 * then each new day, as each demo courier user, under an Idempotency-Key per office and day (a restart replays
 * instead of filing twice). A day whose exchange rate is not loaded yet is skipped and tried again later. The demo
 * Mexican officer then inspects a share of each manifest's parcels and records what it found (the value found is
 * mostly the declared one, sometimes several times it), so value references per description class are learned and
 * the weight/value check has something to compare with. The findings follow from the manifest's seed: a restart
 * repeats the same decisions, which the module answers as repeats without storing them again.
 */
final class DemoCouriers implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCouriers.class);
    static final int CONSIGNMENTS_PER_MANIFEST = 300;
    /** Share of a manifest's parcels the officer inspects and records findings for. */
    static final double INSPECTED_SHARE = 0.10;
    /** Share of the inspected parcels found undervalued (the found value 2–4 times the declared one). */
    static final double HELD_SHARE = 0.15;

    private final CourierFilings filings;
    private final io.jointclear.courier.CourierOverview overview;
    private final UserDirectory users;
    private final DemoProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private volatile boolean running = true;
    private Thread thread;
    private final io.jointclear.shared.ClusterJobs jobs;

    DemoCouriers(CourierFilings filings, io.jointclear.courier.CourierOverview overview, UserDirectory users,
                 DemoProperties properties, JsonMapper json, io.jointclear.shared.ClusterJobs jobs) {
        this.jobs = jobs;
        this.filings = filings;
        this.overview = overview;
        this.users = users;
        this.properties = properties;
        this.json = json;
        this.clock = Clock.systemUTC(); // its own days, not the simulator's moving clock
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        thread = Thread.ofPlatform().name("demo-couriers").daemon(true).start(this::run);
    }

    @Override
    public void destroy() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        // every demo courier files, so each courier user finds its own manifests (in a stable order)
        List<Actor> couriers = users.actors().stream().filter(a -> a.hasRole(Actor.Roles.COURIER) && a.courier() != null)
                .sorted(Comparator.comparing((Actor a) -> a.courier().id())).toList();
        if (couriers.isEmpty()) {
            log.info("Demo couriers: no courier user configured, no courier manifests");
            return;
        }
        Actor officer = users.actors().stream().filter(a -> a.isOfficerOf(io.jointclear.shared.Authority.MX)).findFirst().orElse(null);
        try {
            Thread.sleep(Duration.ofSeconds(30)); // the reference data (exchange rates) load in the background first
            while (running) {
                // one instance files the demo manifests; another takes over when it stops
                jobs.runIfHolder("demo.couriers", () -> fileDays(couriers, officer));
                Thread.sleep(Duration.ofMinutes(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Demo couriers stopped", e);
        }
    }

    private void fileDays(List<Actor> couriers, Actor officer) {
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day = today.minusDays(Math.max(0, properties.backfillDays() - 1L)); !day.isAfter(today); day = day.plusDays(1)) {
            for (Actor courier : couriers) {
                for (String office : DemoCourierManifests.OFFICES) {
                    file(courier, officer, day, office);
                }
            }
        }
    }

    private void file(Actor courier, Actor officer, LocalDate day, String office) {
        long seed = properties.seed() ^ (day.toEpochDay() * 1_000L + office.hashCode()) ^ courier.courier().id().hashCode();
        Map<String, Object> manifest = DemoCourierManifests.manifest(day, office, CONSIGNMENTS_PER_MANIFEST, seed);
        byte[] body = json.writeValueAsBytes(manifest);
        try {
            UUID id = filings.fileJson(courier, body, "demo-courier-" + office + "-" + day);
            if (officer != null) {
                inspect(overview, officer, id, manifest, seed);
            }
        } catch (ProblemException e) {
            log.debug("Demo couriers: manifest {} {} not filed: {}", office, day, e.getMessage());
        }
    }

    /** The officer's findings on a share of the manifest's parcels: released as found, or held when undervalued. */
    @SuppressWarnings("unchecked")
    static void inspect(io.jointclear.courier.CourierOverview overview, Actor officer, UUID manifestId, Map<String, Object> manifest,
                        long seed) {
        Random r = new Random(seed ^ 0x5EEDL);
        for (Map<String, Object> c : (List<Map<String, Object>>) manifest.get("consignments")) {
            if (r.nextDouble() >= INSPECTED_SHARE) {
                continue;
            }
            BigDecimal declared = (BigDecimal) c.get("value");
            boolean undervalued = r.nextDouble() < HELD_SHARE;
            double factor = undervalued ? 2 + 2 * r.nextDouble() : 0.95 + 0.1 * r.nextDouble();
            BigDecimal found = declared.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
            try {
                overview.decide(officer, manifestId, new io.jointclear.courier.CourierOverview.Decision((String) c.get("guide"),
                        undervalued ? "HOLD" : "RELEASE", found, (BigDecimal) c.get("weightKg"), (String) c.get("description"),
                        null, undervalued ? "demo: invoice in the parcel shows a higher price" : null));
            } catch (ProblemException e) {
                log.debug("Demo couriers: no decision on {}: {}", c.get("guide"), e.getMessage());
            }
        }
    }
}
