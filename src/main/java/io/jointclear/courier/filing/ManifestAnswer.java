package io.jointclear.courier.filing;

import java.util.List;
import java.util.UUID;

/** What the courier gets back for a manifest, byte for byte the same on every replay of its key. */
public record ManifestAnswer(UUID manifestId, int accepted, List<Rejection> rejected, ManifestTotals totals) {
}
