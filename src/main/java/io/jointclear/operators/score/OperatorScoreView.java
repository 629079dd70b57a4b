package io.jointclear.operators.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An operator's compliance score (confidential: officials, or the operator itself): the score over the window with
 * its parts, and the same score month by month.
 *
 * @param score    0–100, higher is better; null when the platform holds too little history for any part
 * @param runId    the run that computed it (cite it as SCORE evidence in a proceeding)
 * @param evidence filings (couriers: consignments) the score rests on
 */
public record OperatorScoreView(UUID operatorId, String operatorType, String operatorCode, BigDecimal score, long evidence,
                                List<ScorePart> parts, List<Month> trend, UUID runId, Instant computedAt, LocalDate windowFrom,
                                LocalDate windowTo) {

    public record Month(LocalDate month, BigDecimal score, long evidence) {
    }
}
