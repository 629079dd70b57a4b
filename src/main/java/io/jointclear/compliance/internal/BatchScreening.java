package io.jointclear.compliance.internal;

import io.jointclear.compliance.detection.DeclaredLine;
import io.jointclear.compliance.detection.Transport;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.StoredDeclarations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Screens the stored Mexican import declarations of a period at once (declarations filed before the module
 * existed, or after the model was retrained). Lines already screened are skipped, so a re-run opens nothing
 * twice. The in-scope lines are gathered first (the read is a read-only cursor) and screened in chunks.
 */
@Service
class BatchScreening {

    static final int MAX_DAYS = 366 * 5;
    private static final int CHUNK = 500;
    private static final BigDecimal TANK_LITRES = BigDecimal.valueOf(15_000);

    private final StoredDeclarations declarations;
    private final DetectionService detections;

    BatchScreening(StoredDeclarations declarations, DetectionService detections) {
        this.declarations = declarations;
        this.detections = detections;
    }

    Map<String, Object> screen(Actor actor, LocalDate from, LocalDate to) {
        DetectionService.requireAny(actor, java.util.Set.of(Actor.Roles.ANALYST, Actor.Roles.OFFICER_MX, Actor.Roles.ADMIN));
        if (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period",
                    "from must not be after to, and the period at most five years");
        }
        List<Screened> lines = new ArrayList<>();
        long read = declarations.stream(new StoredDeclarations.Query(Authority.MX, from, to, null, actor), s -> add(s, lines));
        int opened = 0;
        for (int i = 0; i < lines.size(); i += CHUNK) {
            opened += detections.screen(lines.subList(i, Math.min(lines.size(), i + CHUNK)));
        }
        return Map.of("from", from, "to", to, "declarationsRead", read, "linesInScope", lines.size(), "detectionsOpened", opened);
    }

    private static void add(StoredDeclarations.Stored s, List<Screened> out) {
        AssessmentRequest r = s.request();
        if (!"IMP".equals(r.operation())) {
            return;
        }
        for (int i = 0; i < r.lines().size(); i++) {
            AssessmentRequest.Line l = r.lines().get(i);
            String unit = l.quantity() == null ? null : l.quantity().unit();
            if (!DeclaredLine.inScope(l.tariffCode()) || !("LTR".equals(unit) || "KGM".equals(unit))
                    || l.quantity().value() == null || l.quantity().value().signum() <= 0) {
                continue;
            }
            BigDecimal litres = "LTR".equals(unit) ? l.quantity().value()
                    : l.quantity().value().divide(new BigDecimal("0.85"), 0, RoundingMode.HALF_UP);
            out.add(new Screened(new DeclaredLine(s.number() + "/" + (i + 1), r.date(), l.description() == null ? "" : l.description(),
                    l.tariffCode(), l.quantity().value(), unit, usd(r, l.value()), l.origin(), null, null, null, null,
                    litres.compareTo(TANK_LITRES) >= 0 ? Transport.TANK_TRUCK : null, r.customsOffice()), s.number(), i + 1,
                    s.crossingId(), s.importer(), null));
        }
    }

    private static BigDecimal usd(AssessmentRequest r, BigDecimal value) {
        if (value == null || r.currency() == null || "USD".equals(r.currency())) {
            return value;
        }
        return "MXN".equals(r.currency()) && r.exchangeRate() != null && r.exchangeRate().signum() > 0
                ? value.divide(r.exchangeRate(), 2, RoundingMode.HALF_UP) : null;
    }
}
