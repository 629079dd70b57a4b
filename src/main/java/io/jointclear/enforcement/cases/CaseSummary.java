package io.jointclear.enforcement.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case in a list: the contract's id, jurisdiction, procedure, status and deadlines, and a few more. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseSummary(UUID id, Jurisdiction jurisdiction, Procedure procedure, CaseStatus status, CaseOrigin origin,
                          String port, Instant openedAt, LocalDate notifiedOn, List<CaseDocument.Deadline> deadlines,
                          List<CaseDocument.Subject> subjects) {

    static CaseSummary of(CaseDocument c) {
        return new CaseSummary(c.id(), c.jurisdiction(), c.procedure(), c.status(), c.origin(), c.port(), c.openedAt(),
                c.notifiedOn(), c.deadlines(), c.subjects());
    }

    /** A trader's line: no origin, no subjects other than the trader's case itself. */
    static CaseSummary forTrader(CaseDocument c) {
        return new CaseSummary(c.id(), c.jurisdiction(), c.procedure(), c.status(), null, c.port(), null, c.notifiedOn(),
                c.deadlines(), null);
    }
}
