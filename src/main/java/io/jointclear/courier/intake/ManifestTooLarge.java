package io.jointclear.courier.intake;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.util.List;

/** More consignments than one manifest may carry: refused whole (413), nothing stored. */
public final class ManifestTooLarge extends ProblemException {

    public static final String CODE = "MANIFEST_TOO_LARGE";

    ManifestTooLarge() {
        super(413, CODE, "Manifest too large", "A manifest carries at most " + RawManifest.MAX_CONSIGNMENTS
                + " consignments; split it", List.of(new FieldViolation("consignments", CODE,
                "at most " + RawManifest.MAX_CONSIGNMENTS + " consignments")));
    }
}
