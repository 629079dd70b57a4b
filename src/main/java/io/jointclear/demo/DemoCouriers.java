package io.jointclear.demo;

import io.jointclear.courier.CourierFilings;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.jointclear.shared.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files the demo couriers' manifests: once started, one a day per main crossing for the backfilled days and
 * then each new day, as each demo courier user, under an Idempotency-Key per office and day (a restart replays
 * instead of filing twice). A day whose exchange rate is not loaded yet is skipped and tried again later.
 */
final class DemoCouriers implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCouriers.class);
    static final int CONSIGNMENTS_PER_MANIFEST = 300;

    private final CourierFilings filings;
    private final UserDirectory users;
    private final DemoProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private volatile boolean running = true;
    private Thread thread;
    private final io.jointclear.shared.ClusterJobs jobs;

    DemoCouriers(CourierFilings filings, UserDirectory users, DemoProperties properties, JsonMapper json,
                 io.jointclear.shared.ClusterJobs jobs) {
        this.jobs = jobs;
        this.filings = filings;
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
        try {
            Thread.sleep(Duration.ofSeconds(30)); // the reference data (exchange rates) load in the background first
            while (running) {
                // one instance files the demo manifests; another takes over when it stops
                jobs.runIfHolder("demo.couriers", () -> fileDays(couriers));
                Thread.sleep(Duration.ofMinutes(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Demo couriers stopped", e);
        }
    }

    private void fileDays(List<Actor> couriers) {
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day = today.minusDays(Math.max(0, properties.backfillDays() - 1L)); !day.isAfter(today); day = day.plusDays(1)) {
            for (Actor courier : couriers) {
                for (String office : DemoCourierManifests.OFFICES) {
                    file(courier, day, office);
                }
            }
        }
    }

    private void file(Actor courier, LocalDate day, String office) {
        long seed = properties.seed() ^ (day.toEpochDay() * 1_000L + office.hashCode()) ^ courier.courier().id().hashCode();
        byte[] body = json.writeValueAsBytes(DemoCourierManifests.manifest(day, office, CONSIGNMENTS_PER_MANIFEST, seed));
        try {
            filings.fileJson(courier, body, "demo-courier-" + office + "-" + day);
        } catch (ProblemException e) {
            log.debug("Demo couriers: manifest {} {} not filed: {}", office, day, e.getMessage());
        }
    }
}
