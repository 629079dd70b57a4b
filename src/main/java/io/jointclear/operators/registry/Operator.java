package io.jointclear.operators.registry;

import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.OperatorType;
import java.time.Instant;
import java.util.UUID;

/**
 * An operator of the registry: its natural key ({@code type}, {@code code}, see {@link OperatorType}), its
 * name, country and tax id (RFC, EIN/IOR number), the agency a customs agent or US broker files for, and
 * where the record came from ({@code source}: configuration, DEMO, the API or a CSV import and who).
 */
public record Operator(UUID id, OperatorType type, String code, String name, String country, String taxId, UUID agencyId,
                       String source, Instant createdAt) {

    public OperatorRef ref() {
        return new OperatorRef(id, type, code, name);
    }
}
