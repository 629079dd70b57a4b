package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingView;
import io.jointclear.shared.Actor;
import java.util.List;

/**
 * A filing that passed validation and was assessed, ready to be written: the new crossing, its
 * answer already as JSON text (kept with the idempotency key, so a repeat gets these exact bytes)
 * and its declarations' documents as JSON text (written once, stored by two modules).
 *
 * @param idempotencyKey null when the filer sent none
 * @param requestHash    SHA-256 of what the key protects; null without a key
 * @param fieldPrefix    where the filing sits in the request (e.g. {@code crossings[3].}), for field paths
 */
record PreparedFiling(Crossing crossing, CrossingView view, Actor actor, String idempotencyKey, String requestHash,
                      String answer, List<String> documentJson, String fieldPrefix) {
}
