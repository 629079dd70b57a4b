package io.jointclear.enforcement.evidence;

import java.util.List;
import java.util.UUID;

/**
 * The chain of custody of every item of a case: {@code intact} when every item's chain is; each break
 * names the entry and why (HASH_MISMATCH, GAP, SEAL_MISMATCH, PARTY_MISMATCH).
 */
public record CustodyReport(UUID caseId, boolean intact, List<Item> items) {

    public record Item(String item, boolean intact, List<CustodyEntry> entries, List<Break> breaks) {
    }

    /** Where a chain breaks: the entry's number, the reason and what was expected. */
    public record Break(int seq, String reason, String detail) {
    }
}
