package io.jointclear.clearance;

/**
 * Where a crossing stands. RELEASED and SEIZED are final. After selection an open crossing's status
 * follows the facts of the case: HELD while a hold is in force, UNDER_INSPECTION from the moment a
 * joint inspection is required until it ends, INSPECTED once it ended and decisions are awaited,
 * SELECTED otherwise.
 */
public enum CrossingStatus {
    FILED, ARRIVED, SELECTED, UNDER_INSPECTION, INSPECTED, HELD, RELEASED, SEIZED;

    public boolean isFinal() {
        return this == RELEASED || this == SEIZED;
    }
}
