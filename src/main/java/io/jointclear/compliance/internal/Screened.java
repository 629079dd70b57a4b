package io.jointclear.compliance.internal;

import io.jointclear.compliance.detection.DeclaredLine;
import java.util.UUID;

/** A declared line on its way to the detector, with where it was filed. */
record Screened(DeclaredLine line, String declarationNumber, int lineNumber, UUID crossingId, String importerRfc,
                String filer) {
}
