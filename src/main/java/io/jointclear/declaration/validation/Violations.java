package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one policy run. */
final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    Violations add(String field, String code, String message) {
        found.add(new FieldViolation(field, code, message));
        return this;
    }

    List<FieldViolation> list() {
        return List.copyOf(found);
    }
}
