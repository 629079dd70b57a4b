package io.jointclear.manifest.internal;

import io.jointclear.risk.CrossingAttributes;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives selectivity the crossing attribute {@code manifestTimeliness} at arrival (rules may test it). */
@Component
class ManifestRiskAttributes implements CrossingAttributes {

    static final String ATTRIBUTE = "manifestTimeliness";

    private final ManifestStore store;

    ManifestRiskAttributes(ManifestStore store) {
        this.store = store;
    }

    @Override
    public Map<String, String> attributes(UUID crossingId, Instant arrivedAt) {
        return Map.of(ATTRIBUTE, ArrivalCheck.decide(store, crossingId, arrivedAt).status());
    }
}
