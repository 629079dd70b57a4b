package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingView;
import io.jointclear.shared.ProblemException;

/** What became of one filing of a written batch. */
sealed interface FilingOutcome {

    /** Stored now; {@code view} is the crossing as filed. */
    record Filed(String answer, CrossingView view) implements FilingOutcome {
    }

    /** A repeat of an earlier filing under the same idempotency key: its answer, byte for byte. */
    record Replayed(String answer) implements FilingOutcome {
    }

    /** Nothing stored for this filing. */
    record Refused(ProblemException problem) implements FilingOutcome {
    }

    /**
     * Collided with another filing of the same batch (same key or number) whose own fate decides
     * this one's: written again alone once the batch committed.
     */
    record AloneAfterBatch() implements FilingOutcome {
    }
}
