package io.jointclear.courier.decisions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.courier.persistence.CourierDecisionStore;
import java.time.Instant;

/**
 * A consignment's current decision as its reader may see it: the courier gets the decision, when, and what to do;
 * officials also who decided, the findings, whether the inspection found something and the note.
 *
 * @param replayed true when the request repeated the current decision and nothing was stored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(String guide, String decision, Instant decidedAt, String instruction, String authority,
                           String officer, CourierDecisionStore.Findings findings, Boolean hit, String note, Boolean replayed) {
}
