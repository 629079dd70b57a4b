package io.jointclear.operators;

import java.util.UUID;

/** An operator of the registry as other modules and the proceedings name it. */
public record OperatorRef(UUID id, OperatorType type, String code, String name) {
}
