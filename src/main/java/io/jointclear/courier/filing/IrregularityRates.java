package io.jointclear.courier.filing;

import io.jointclear.courier.persistence.CourierManifestStore;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Per-courier irregularity rates (flagged / total consignments, flags by kind) for officials and analysts. */
@Service
public class IrregularityRates {

    /** Longest period one request may cover. */
    static final int MAX_DAYS = 366;

    private final CourierManifestStore store;
    private final Clock clock;

    IrregularityRates(CourierManifestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** One courier's rate; {@code rate} is a fraction of its consignments, 4 decimals. */
    public record CourierIrregularity(String courierId, long consignments, long flagged, BigDecimal rate, Map<String, Long> byKind) {
    }

    public record Report(LocalDate from, LocalDate to, List<CourierIrregularity> couriers) {
    }

    public Report report(Actor actor, String from, String to) {
        if (!actor.isOfficial()) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden",
                    "Irregularity rates are for officers, analysts and auditors");
        }
        LocalDate end = date(to, "to", LocalDate.now(clock));
        LocalDate start = date(from, "from", end.minusDays(30));
        return report(start, end);
    }

    /** The rates over manifests dated start–end (inclusive), for any caller; 400 {@code INVALID_PERIOD} beyond 366 days. */
    public Report report(LocalDate start, LocalDate end) {
        if (start == null || end == null || start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period",
                    "from must not be after to, and the period is at most " + MAX_DAYS + " days");
        }
        List<CourierIrregularity> rows = store.irregularityRates(start, end).stream().map(r -> new CourierIrregularity(r.courierId(),
                r.consignments(), r.flagged(), r.consignments() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(r.flagged()).divide(BigDecimal.valueOf(r.consignments()), 4, RoundingMode.HALF_UP), r.byKind())).toList();
        return new Report(start, end, rows);
    }

    private static LocalDate date(String value, String field, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period", field + " is a date YYYY-MM-DD");
        }
    }
}
