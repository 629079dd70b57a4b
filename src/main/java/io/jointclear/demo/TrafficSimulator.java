package io.jointclear.demo;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.manifest.Manifests;
import io.jointclear.clearance.Decision;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.inspection.Inspections;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ClusterJobs;
import io.jointclear.shared.ProblemException;
import io.jointclear.shared.UserDirectory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs demo traffic as a queue of timed steps (file, arrive, join, find, end, decide) processed in
 * time order on one background thread. At start-up it plans {@code backfillDays} of history and
 * works through every step already in the past as fast as it can, each with the {@link DemoClock}
 * moved to the step's time; then it keeps planning a live trickle and runs each step when its time
 * comes. Officers' behaviour: green lanes are released within minutes, red lanes go to a joint
 * inspection (with a finding when the declarations disagree), then release, hold or — rarely — seizure.
 */
public class TrafficSimulator implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TrafficSimulator.class);
    private static final Actor OFFICER_MX = new Actor("officer-mx", Set.of("OFFICER_MX"), Authority.MX, null);
    private static final Actor OFFICER_US = new Actor("officer-us", Set.of("OFFICER_US"), Authority.US, null);

    private final Crossings crossings;
    private final Manifests manifests;
    private final long manifestOffset;
    private final Inspections inspections;
    private final DemoClock clock;
    private final DemoProperties properties;
    private final CodeLists codeLists;
    private BorderTraffic traffic;
    private LiveBorder border;
    private final Random random;
    private final CrossingFactory factory;
    private final UserDirectory users;
    private final Actor broker;
    private final PriorityQueue<Step> steps = new PriorityQueue<>();
    /** Crossings the backfill plans, for its "n of N" progress. */
    private int backfillPlanned;
    private final AtomicLong sequence = new AtomicLong();
    private final Counters counters = new Counters();
    /** Crossings the simulated officers held, whose release by the same authority is planned. */
    private final Set<String> heldBySimulator = new java.util.HashSet<>();
    private volatile boolean running = true;
    private Thread thread;
    private final ClusterJobs jobs;
    private long serial;

    TrafficSimulator(Crossings crossings, Inspections inspections, DemoClock clock, DemoProperties properties, CodeLists codeLists,
                     UserDirectory users, Manifests manifests, ClusterJobs jobs) {
        this.jobs = jobs;
        this.manifests = manifests;
        this.users = users;
        this.broker = brokerOf(users);
        this.crossings = crossings;
        this.inspections = inspections;
        this.clock = clock;
        this.properties = properties;
        this.codeLists = codeLists;
        Instant start = clock.instant();
        this.random = new Random(properties.seed() ^ start.getEpochSecond());
        // spread the declaration numbers of separate runs apart so restarts do not collide
        this.factory = new CrossingFactory(Math.floorMod(start.getEpochSecond() / 60 * 7_919L, 9_000_000L));
        // trip numbers and SCNs of separate runs apart too (a run files far fewer than a million)
        this.manifestOffset = Math.floorMod(start.getEpochSecond() / 60, 1_000_000L) * 1_000_000L;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        thread = Thread.ofPlatform().name("demo-traffic").daemon(true).start(this::run);
    }

    @Override
    public void destroy() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** One instance drives the demo traffic; when it stops, another takes the lock and carries on. */
    private void run() {
        try {
            while (running && !jobs.runIfHolder("demo.traffic", this::simulate)) {
                Thread.sleep(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void simulate() {
        try {
            traffic = BorderTraffic.load(portPairs());
            border = new LiveBorder(traffic.hourly, properties.liveIntervalSeconds(), Duration.ofMinutes(properties.undecidedMinutes()));
            Instant backfilledUntil = backfill();
            live(backfilledUntil);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Demo traffic stopped", e);
        }
    }

    /** The land-port pairs, once the reference data are loaded (the first start loads them in the background). */
    private java.util.List<CodeLists.PortPair> portPairs() throws InterruptedException {
        for (int i = 0; running; i++) {
            java.util.List<CodeLists.PortPair> pairs = codeLists.portPairs();
            if (!pairs.isEmpty()) {
                return pairs;
            }
            if (i % 15 == 0) {
                log.info("Demo traffic: waiting for the land-port pairs to be loaded");
            }
            Thread.sleep(2_000);
        }
        throw new InterruptedException("stopped");
    }

    /** Plans the past days and works through every step already due, oldest first; the instant it planned up to, or null. */
    private Instant backfill() {
        Instant now = clock.instant();
        boolean populated = !crossings.list(OFFICER_MX, null, null, null, 1).isEmpty();
        if (populated || properties.backfillDays() <= 0) {
            log.info("Demo traffic: {} — no backfill, live traffic only", populated ? "database already holds crossings" : "backfill off");
            return null;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(properties.backfillDays() - 1L);
        int planned = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            planned += planDay(day, now);
        }
        log.info("Demo traffic: backfilling {} crossings over {} days ({} … {}), {} per day on average",
                planned, properties.backfillDays(), first, today, properties.crossingsPerDay());
        long started = System.nanoTime();
        // the last minutes are left to the live loop, which adds its own warm-up filings in time order
        Instant until = now.minus(Duration.ofMinutes(properties.warmupMinutes()));
        backfillPlanned = planned;
        runDue(until, true);
        log.info("Demo traffic: backfill done in {} s — {}; the demo is ready", Duration.ofNanos(System.nanoTime() - started).toSeconds(), counters);
        return until;
    }

    /** Plans the arrivals of one day (up to {@code until}), weekday-weighted, with the hourly profile. */
    private int planDay(LocalDate day, Instant until) {
        double weekday = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.45 : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.7 : 1.08;
        int count = (int) Math.round(properties.crossingsPerDay() * weekday * (1 + random.nextGaussian() * 0.06));
        int planned = 0;
        for (int i = 0; i < count; i++) {
            Instant arrival = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(6 * 3600L) // border time is UTC−6
                    .plusSeconds(hourOfDay() * 3600L + random.nextInt(3600));
            Instant filed = arrival.minusSeconds(1800 + random.nextInt(3 * 3600));
            if (filed.isAfter(until)) {
                continue;
            }
            planFiling(filed, arrival);
            planned++;
        }
        return planned;
    }

    private void planFiling(Instant filed, Instant arrival) {
        boolean northbound = random.nextDouble() >= properties.southboundShare();
        CrossingFactory.Plan plan = CrossingFactory.plan(++serial, random, traffic, northbound, properties.irregularShare(), filed, arrival);
        Duration late = border.lateness(random);
        schedule(filed, () -> file(plan, late));
    }

    /**
     * Live: a filing every few seconds (by the hour of day), each moved along by the simulated officers
     * on {@link LiveBorder}'s timing. Starts {@code warmupMinutes} in the past (or where the backfill
     * stopped), so the border opens with work at every stage.
     */
    private void live(Instant backfilledUntil) throws InterruptedException {
        Instant start = clock.instant();
        Instant next = border.nextFiling(backfilledUntil != null ? backfilledUntil
                : start.minus(Duration.ofMinutes(properties.warmupMinutes())), random);
        log.info("Demo traffic: live filing every ~{} s (by hour of day), from {}", properties.liveIntervalSeconds(), next);
        long lastLog = System.nanoTime();
        while (running) {
            Instant now = clock.instant();
            while (next.isBefore(now)) {
                planFiling(next, border.expectedArrival(next, random));
                next = border.nextFiling(next, random);
            }
            runDue(now, false);
            if (System.nanoTime() - lastLog > Duration.ofMinutes(5).toNanos()) {
                log.info("Demo traffic: {}", counters);
                lastLog = System.nanoTime();
            }
            Thread.sleep(1_000);
        }
    }

    private void runDue(Instant until, boolean backfilling) {
        long lastLog = System.nanoTime();
        while (running) {
            Step step = steps.peek();
            if (step == null || step.at().isAfter(until)) {
                return;
            }
            steps.poll();
            try {
                clock.at(step.at(), () -> {
                    step.action().run();
                    return null;
                });
            } catch (ProblemException e) {
                counters.refused++;
                log.debug("Demo traffic: step refused: {} {}", e.code(), e.getMessage());
            } catch (RuntimeException e) {
                counters.failed++;
                log.warn("Demo traffic: step failed: {}", e.toString());
            }
            if (backfilling && System.nanoTime() - lastLog > Duration.ofSeconds(10).toNanos()) {
                log.info("Demo traffic: backfill {} of {} crossings filed (at {}) — {}", counters.filed, backfillPlanned, step.at(), counters);
                lastLog = System.nanoTime();
            }
        }
    }

    private void file(CrossingFactory.Plan plan, Duration late) {
        CrossingView filed = null;
        for (int attempt = 0; filed == null && attempt < 3; attempt++) {
            try {
                filed = crossings.file(factory.filing(plan, random, attempt), broker);
            } catch (ProblemException e) {
                if (!"DUPLICATE_DECLARATION_NUMBER".equals(e.code()) && e.violations().stream()
                        .noneMatch(v -> "DUPLICATE_DECLARATION_NUMBER".equals(v.code()))) {
                    counters.rejected++;
                    if (counters.rejected <= 5) {
                        log.warn("Demo traffic: filing rejected: {} {}", e.getMessage(), e.violations());
                    }
                    return;
                }
            }
        }
        if (filed == null) {
            return;
        }
        counters.filed++;
        UUID id = filed.id();
        String scac = filed.carrier() == null ? null : filed.carrier().scac();
        if ("NORTHBOUND".equals(filed.direction()) && scac != null) {
            CrossingView crossing = filed;
            DemoManifests.filingTime(plan.serial(), clock.instant(), plan.arrival())
                    .ifPresent(at -> schedule(at, () -> manifests.file(DemoManifests.of(crossing, manifestOffset + plan.serial()),
                            carrierOf(scac))));
        }
        // most trucks arrive as announced; a few come long after (overdue meanwhile)
        schedule(plan.arrival().plus(late), () -> arrive(id, scac, plan));
    }

    /**
     * The configured broker whose agency holds the demo's licences — the simulated crossings are theirs
     * to see; without one, a broker of an agency of its own that only officials see.
     */
    private static Actor brokerOf(UserDirectory users) {
        return users.actors().stream()
                .filter(a -> a.isFilerOf(Authority.MX, CrossingFactory.PATENTE) && a.isFilerOf(Authority.US, CrossingFactory.FILER_CODE))
                .findFirst()
                .orElseGet(() -> new Actor("demo-broker", Set.of("BROKER"), null, new Actor.Agency("demo-broker", "Demo",
                        Set.of(CrossingFactory.PATENTE), Set.of(CrossingFactory.FILER_CODE))));
    }

    /** The crossing's own carrier records its arrival: its configured user, or one acting for that SCAC. */
    private Actor carrierOf(String scac) {
        return users.actors().stream().filter(a -> a.hasRole("CARRIER") && scac != null && scac.equals(a.carrier()))
                .findFirst()
                .orElseGet(() -> new Actor("carrier-" + scac, Set.of("CARRIER"), null, null, scac));
    }

    private void arrive(UUID id, String scac, CrossingFactory.Plan plan) {
        CrossingView c = crossings.arrive(id, clock.instant(), carrierOf(scac));
        counters.arrived++;
        boolean red = c.lanes() != null && "RED".equals(c.lanes().joint());
        LiveBorder.Timeline t = border.timeline(clock.instant(), red, random);
        Authority first = random.nextBoolean() ? Authority.MX : Authority.US;
        if (!red) {
            schedule(t.firstDecision(), () -> decide(id, first, Decision.RELEASE, releaseNote(first, false)));
            schedule(t.secondDecision(), () -> decide(id, other(first), Decision.RELEASE, releaseNote(other(first), false)));
            return;
        }
        counters.inspected++;
        schedule(t.join(), () -> inspections.join(id, OFFICER_MX));
        schedule(t.join().plusSeconds(LiveBorder.minutes(random, 1, 6)), () -> inspections.join(id, OFFICER_US));
        boolean irregular = plan.irregularity() != CrossingFactory.Irregularity.NONE;
        String kind = plan.irregularity() == CrossingFactory.Irregularity.QUANTITY ? "QUANTITY"
                : plan.irregularity() == CrossingFactory.Irregularity.VALUE ? "VALUE" : "NONE";
        String note = irregular ? "Discrepancia entre lo declarado y lo revisado / declared vs. found" : "Sin discrepancias / no discrepancy";
        schedule(t.finding(), () -> inspections.recordFinding(id, officer(first), kind, 1, note));
        schedule(t.end(), () -> inspections.end(id, officer(first)));
        double r = random.nextDouble();
        if (irregular && r < properties.seizureShare()) {
            schedule(t.firstDecision(), () -> decide(id, first, Decision.SEIZE, "Embargo precautorio / seizure"));
        } else if (r < (irregular ? properties.holdShare() * 2.5 : properties.holdShare() * 0.2)) {
            schedule(t.firstDecision(), () -> decide(id, first, Decision.HOLD, "Retenido en espera de documentos / held for documents"));
            Instant later = t.firstDecision().plusSeconds(LiveBorder.minutes(random, 60, 8 * 60));
            schedule(later, () -> decide(id, first, Decision.RELEASE, "Documentos presentados / documents received"));
            schedule(later.plus(Duration.between(t.firstDecision(), t.secondDecision())),
                    () -> decide(id, other(first), Decision.RELEASE, releaseNote(other(first), true)));
        } else {
            schedule(t.firstDecision(), () -> decide(id, first, Decision.RELEASE, releaseNote(first, true)));
            schedule(t.secondDecision(), () -> decide(id, other(first), Decision.RELEASE, releaseNote(other(first), true)));
        }
    }

    private static String releaseNote(Authority authority, boolean inspected) {
        if (authority == Authority.MX) {
            return inspected ? "Liberado tras reconocimiento" : "Desaduanamiento libre";
        }
        return inspected ? "Released after exam" : "Released, no exam";
    }

    private void decide(UUID id, Authority authority, Decision decision, String notes) {
        boolean followUp = heldBySimulator.remove(id + ":" + authority);
        if (!followUp && decidedBy(id, authority)) {
            counters.leftToOfficers++; // a human officer of that authority has decided already: theirs stands
            return;
        }
        CrossingView c;
        try {
            c = crossings.decide(id, new RecordDecision(authority, decision, notes), officer(authority));
        } catch (ProblemException e) {
            if (decision != Decision.RELEASE || !Crossings.ASSESSMENT_PENDING.equals(e.code())) {
                throw e;
            }
            // An officer cannot release goods whose contributions are not determined: the goods wait.
            c = crossings.decide(id, new RecordDecision(authority, Decision.HOLD,
                    "Contribuciones por determinar / assessment pending"), officer(authority));
        }
        if (decision == Decision.HOLD) {
            heldBySimulator.add(id + ":" + authority);
        }
        switch (c.status()) {
            case RELEASED -> counters.released++;
            case SEIZED -> counters.seized++;
            case HELD -> counters.held++;
            default -> { }
        }
    }

    private boolean decidedBy(UUID id, Authority authority) {
        CrossingView c = crossings.get(id, officer(authority));
        return c.decisions() != null && c.decisions().stream().anyMatch(d -> authority.name().equals(d.authority()));
    }

    private void schedule(Instant at, Runnable action) {
        steps.add(new Step(at, sequence.incrementAndGet(), action));
    }

    private int hourOfDay() {
        double r = random.nextDouble();
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += traffic.hourly[h];
            if (r < sum) {
                return h;
            }
        }
        return 23;
    }

    private static Actor officer(Authority authority) {
        return authority == Authority.MX ? OFFICER_MX : OFFICER_US;
    }

    private static Authority other(Authority authority) {
        return authority == Authority.MX ? Authority.US : Authority.MX;
    }

    /** A step due at {@code at}; ties keep planning order. */
    private record Step(Instant at, long order, Runnable action) implements Comparable<Step> {
        @Override
        public int compareTo(Step o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    /** Progress shown in the log. */
    private static final class Counters {
        long filed;
        long rejected;
        long arrived;
        long inspected;
        long released;
        long held;
        long seized;
        long refused;
        long failed;
        long leftToOfficers;

        @Override
        public String toString() {
            return "filed " + filed + ", arrived " + arrived + ", inspected " + inspected + ", released " + released + ", held "
                    + held + ", seized " + seized + (leftToOfficers > 0 ? ", decided by officers " + leftToOfficers : "") + (rejected + refused + failed > 0
                    ? " (rejected " + rejected + ", refused steps " + refused + ", failed " + failed + ")" : "");
        }
    }
}
