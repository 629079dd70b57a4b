package io.jointclear.courier.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored manifest: who filed it, for which crossing direction, office and date, and its totals. */
public record ManifestSummary(UUID manifestId, String courier, String direction, String customsOffice, LocalDate date,
                              UUID crossingId, Instant receivedAt, ManifestTotals totals) {
}
