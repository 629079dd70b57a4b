package io.jointclear.manifest.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.clearance.CrossingEvents;
import io.jointclear.clearance.Crossings;
import io.jointclear.manifest.ManifestTimeliness;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Checks the manifest deadline when the clearance module reports an arrival (its event, after its
 * commit, redelivered until done): ON_TIME, LATE_MANIFEST or MISSING_MANIFEST, stored once per crossing.
 * Only crossings into the United States need a US truck manifest: southbound ones are not checked.
 * The same decision is what selectivity saw at arrival ({@link ManifestRiskAttributes}).
 */
@Component
class ArrivalCheck {

    /** The module reads a crossing's direction as a read-only official would; it never acts with it. */
    static final Actor READER = new Actor("manifest-deadline-check", Set.of(Actor.Roles.AUDITOR), null, null);

    private final ManifestStore store;
    /** Looked up when used: selectivity (which clearance needs) asks this check, so no construction-time cycle. */
    private final ObjectProvider<Crossings> crossings;
    private final Clock clock;
    private final AuditLog audit;

    ArrivalCheck(ManifestStore store, ObjectProvider<Crossings> crossings, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.crossings = crossings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CrossingEvents.CrossingArrived arrived) {
        decide(arrived.crossingId(), arrived.arrivedAt()).ifPresent(decision -> {
            UUID manifestId = store.forCrossing(arrived.crossingId()).map(StoredManifest::id).orElse(null);
            if (store.recordArrival(decision, manifestId, clock.instant())) {
                audit.append(new AuditEntry(AuditEntry.SYSTEM, "MANIFEST_DEADLINE_CHECKED", "CROSSING",
                        arrived.crossingId().toString(), Authority.US, new java.util.TreeMap<>(Map.of("status", decision.status(),
                        "requiredMinutes", String.valueOf(decision.requiredMinutes()),
                        "leadMinutes", String.valueOf(decision.leadMinutes()),
                        "manifest", String.valueOf(manifestId)))));
            }
        });
    }

    /** The decision for a crossing arriving at {@code arrivedAt}; empty when it does not enter the United States. */
    Optional<ManifestTimeliness> decide(UUID crossingId, Instant arrivedAt) {
        Optional<StoredManifest> manifest = store.forCrossing(crossingId);
        if (manifest.isEmpty()) {
            return northbound(crossingId) ? Optional.of(DeadlinePolicy.atArrival(crossingId, arrivedAt, null, false))
                    : Optional.empty();
        }
        StoredManifest m = manifest.get();
        Instant received = store.receivedAt(m.id()).getOrDefault(crossingId, m.filedAt());
        return Optional.of(DeadlinePolicy.atArrival(crossingId, arrivedAt, received, m.fastFor(crossingId)));
    }

    private boolean northbound(UUID crossingId) {
        try {
            return "NORTHBOUND".equals(crossings.getObject().get(crossingId, READER).direction());
        } catch (ProblemException gone) {
            return false;
        }
    }
}
