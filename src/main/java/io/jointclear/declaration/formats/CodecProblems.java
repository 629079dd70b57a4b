package io.jointclear.declaration.formats;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.util.List;

/** Problems shared by the codecs. */
final class CodecProblems {

    private CodecProblems() {
    }

    /** A stored value the format cannot hold (a separator inside a text, a field too long). */
    static ProblemException cannotCarry(String field, String message) {
        return new ProblemException(422, M3Codec.FORMAT_CANNOT_CARRY, "Value the format cannot carry", message,
                List.of(new FieldViolation(field, M3Codec.FORMAT_CANNOT_CARRY, message)));
    }
}
