package io.jointclear.clearance;

/** Where a crossing stands. RELEASED and SEIZED are final. */
public enum CrossingStatus {
    FILED, ARRIVED, SELECTED, UNDER_INSPECTION, HELD, RELEASED, SEIZED;

    public boolean isFinal() {
        return this == RELEASED || this == SEIZED;
    }
}
