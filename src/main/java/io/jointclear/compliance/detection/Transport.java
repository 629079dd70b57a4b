package io.jointclear.compliance.detection;

/** How the goods travel, as the evaluation file names it (Apéndice 3 medios reduced to what matters for fuels). */
public enum Transport {
    TANK_TRUCK, RAIL_TANK_CAR, SHIP, DRUM, TOTE;

    /** Bulk tank transport: the way fuel moves (BRIEF §12.3 R9: tank trailers, rail tank cars, ships). */
    public boolean bulk() {
        return this == TANK_TRUCK || this == RAIL_TANK_CAR || this == SHIP;
    }
}
