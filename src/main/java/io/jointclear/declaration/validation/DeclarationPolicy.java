package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * One named rule of prevalidation. It returns every violation it finds, each with the field path
 * (relative to the declaration) and a message that states the reason; an empty list means the rule holds.
 */
public interface DeclarationPolicy {

    Layer layer();

    List<FieldViolation> check(Filing filing);
}
