package io.jointclear.risk;

/** Selectivity lane of one authority for one crossing, from least to most strict. */
public enum Lane {
    /** Release without review (desaduanamiento libre). */
    GREEN,
    /** Documentary review. */
    YELLOW,
    /** Physical inspection (reconocimiento aduanero). */
    RED;

    public Lane stricter(Lane other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
