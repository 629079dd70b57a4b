package io.jointclear.courier.intake;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.util.List;

/** A body that cannot be read as a manifest at all (broken JSON or CSV): 400, nothing stored. */
public final class MalformedManifest extends ProblemException {

    public static final String CODE = "MALFORMED_MANIFEST";

    public MalformedManifest(String why) {
        super(400, CODE, "Malformed manifest", "The manifest cannot be read: " + why,
                List.of(new FieldViolation("$", CODE, why == null ? "unreadable" : why)));
    }
}
