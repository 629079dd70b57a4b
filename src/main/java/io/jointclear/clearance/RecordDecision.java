package io.jointclear.clearance;

import io.jointclear.shared.Authority;

/** An officer's decision for their authority, with notes for the case file. */
public record RecordDecision(Authority authority, Decision decision, String notes) {
}
