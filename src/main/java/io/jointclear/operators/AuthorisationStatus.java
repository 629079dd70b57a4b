package io.jointclear.operators;

/**
 * The status of an authorisation on a day, derived from its validity and its dated history: a
 * suspension ends by itself, a cancellation (art. 165 / 144-A LA) and an extinction (art. 166) do not;
 * EXPIRED is the end of its term without renewal.
 */
public enum AuthorisationStatus {
    ACTIVE, SUSPENDED, CANCELLED, EXPIRED, EXTINCT;

    /** Whether operations under it are accepted. */
    public boolean permitsOperations() {
        return this == ACTIVE;
    }
}
