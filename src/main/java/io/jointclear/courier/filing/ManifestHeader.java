package io.jointclear.courier.filing;

import io.jointclear.courier.domain.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A manifest's checked header: its direction, office, governing date, crossing and the FIX of that date. */
record ManifestHeader(Direction direction, String customsOffice, LocalDate date, UUID crossingId,
                      BigDecimal usdMxn, String fxSource) {
}
