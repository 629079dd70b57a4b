package io.jointclear.tariff.domain;

import io.jointclear.reference.TariffCatalogue;
import io.jointclear.reference.TariffLine;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.AssessmentRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Looks up every line's tariff line first, so that all unknown or unloaded codes are reported together. */
final class TariffLookup {

    private TariffLookup() {
    }

    static TariffLine[] lines(TariffCatalogue catalogue, Authority authority, LocalDate date,
                              List<AssessmentRequest.Line> lines) {
        TariffLine[] out = new TariffLine[lines.size()];
        List<FieldViolation> violations = null;
        ProblemException first = null;
        boolean sameStatus = true;
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = catalogue.line(authority, lines.get(i).tariffCode(), date);
            } catch (ProblemException e) {
                if (violations == null) {
                    violations = new ArrayList<>();
                    first = e;
                }
                sameStatus &= e.status() == first.status();
                violations.add(new FieldViolation("lines[" + i + "].tariffCode", e.code(), e.getMessage()));
            }
        }
        if (violations != null) {
            if (violations.size() == 1) {
                throw new ProblemException(first.status(), first.code(), first.title(), first.getMessage(), violations);
            }
            throw new ProblemException(sameStatus ? first.status() : 422, first.code(), first.title(),
                    violations.size() + " lines cannot be assessed: " + first.getMessage(), violations);
        }
        return out;
    }
}
