package io.jointclear.enforcement.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a notified broker or carrier reads of a case against it: the procedure, what it must do by when,
 * the goods as declared and as found, the measures and, once resolved, the amounts owed. No internal
 * notes, no origin (detection, targeting), no evidence nor custody.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraderCaseView(UUID id, Jurisdiction jurisdiction, Procedure procedure, CaseStatus status, String port,
                             LocalDate notifiedOn, List<CaseDocument.Deadline> deadlines, List<CaseDocument.Goods> goods,
                             List<CaseDocument.Measure> measures, String currency, BigDecimal amountOwed) {

    static TraderCaseView of(CaseDocument c) {
        boolean resolved = c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED;
        List<CaseDocument.Measure> measures = c.measures().stream()
                .map(m -> new CaseDocument.Measure(m.kind(), m.on(), null, m.place(), null, m.guarantee())).toList();
        return new TraderCaseView(c.id(), c.jurisdiction(), c.procedure(), c.status(), c.port(), c.notifiedOn(), c.deadlines(),
                c.goods(), measures, resolved && c.liability() != null ? c.liability().currency() : null,
                resolved && c.liability() != null ? c.liability().total() : null);
    }
}
