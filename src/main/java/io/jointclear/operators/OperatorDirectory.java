package io.jointclear.operators;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds operators of the registry by id or by natural key (type and code, see {@link OperatorType}). */
public interface OperatorDirectory {

    Optional<OperatorRef> byId(UUID id);

    Optional<OperatorRef> find(OperatorType type, String code);

    List<OperatorRef> all(OperatorType type);
}
