package io.jointclear.manifest.internal;

import io.jointclear.clearance.CrossingEvents;
import io.jointclear.manifest.ManifestTimeliness;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Checks the manifest deadline when the clearance module reports an arrival (its event, after its
 * commit, redelivered until done): ON_TIME, LATE_MANIFEST or MISSING_MANIFEST, stored once per crossing.
 * The same decision is what selectivity saw at arrival ({@link ManifestRiskAttributes}).
 */
@Component
class ArrivalCheck {

    private final ManifestStore store;
    private final Clock clock;

    ArrivalCheck(ManifestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CrossingEvents.CrossingArrived arrived) {
        UUID manifestId = store.forCrossing(arrived.crossingId()).map(StoredManifest::id).orElse(null);
        store.recordArrival(decide(store, arrived.crossingId(), arrived.arrivedAt()), manifestId, clock.instant());
    }

    static ManifestTimeliness decide(ManifestStore store, UUID crossingId, Instant arrivedAt) {
        Optional<StoredManifest> manifest = store.forCrossing(crossingId);
        if (manifest.isEmpty()) {
            return DeadlinePolicy.atArrival(crossingId, arrivedAt, null, false);
        }
        StoredManifest m = manifest.get();
        Instant received = store.receivedAt(m.id()).getOrDefault(crossingId, m.filedAt());
        return DeadlinePolicy.atArrival(crossingId, arrivedAt, received, m.fastFor(crossingId));
    }
}
