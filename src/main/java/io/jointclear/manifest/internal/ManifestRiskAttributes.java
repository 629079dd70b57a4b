package io.jointclear.manifest.internal;

import io.jointclear.risk.CrossingAttributes;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gives selectivity the crossing attribute {@code manifestTimeliness} at arrival (rules may test it);
 * absent for a crossing that needs no US truck manifest (southbound).
 */
@Component
class ManifestRiskAttributes implements CrossingAttributes {

    static final String ATTRIBUTE = "manifestTimeliness";

    private final ArrivalCheck check;

    ManifestRiskAttributes(ArrivalCheck check) {
        this.check = check;
    }

    @Override
    public Map<String, String> attributes(UUID crossingId, Instant arrivedAt) {
        return check.decide(crossingId, arrivedAt).map(t -> Map.of(ATTRIBUTE, t.status())).orElse(Map.of());
    }
}
