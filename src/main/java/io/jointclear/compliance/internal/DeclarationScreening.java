package io.jointclear.compliance.internal;

import io.jointclear.clearance.CrossingEvents;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.compliance.detection.DeclaredLine;
import io.jointclear.compliance.detection.Transport;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Screens the Mexican import lines of chapters 27, 29, 34 and 38 of every filed crossing: after the filing's
 * commit, asynchronously (the filing never waits for it), redelivered until done and idempotent per line.
 * A declaration carries no transport type: a road line of 15,000 litres or more is read as a tank truck
 * (what else carries that much liquid in one line), a smaller one as unknown.
 */
@Component
class DeclarationScreening {

    /** The module reads crossings as a read-only official would; it never acts with it. */
    static final Actor READER = new Actor("compliance-screening", Set.of(Actor.Roles.AUDITOR), null, null);
    private static final BigDecimal TANK_LITRES = BigDecimal.valueOf(15_000);

    private final ObjectProvider<Crossings> crossings;
    private final DetectionService detections;

    DeclarationScreening(ObjectProvider<Crossings> crossings, DetectionService detections) {
        this.crossings = crossings;
        this.detections = detections;
    }

    @ApplicationModuleListener
    void on(CrossingEvents.CrossingFiled filed) {
        if (filed.hsChapters() != null && !filed.hsChapters().isBlank() && !List.of(filed.hsChapters().split("[,; ]+"))
                .stream().anyMatch(c -> Set.of("27", "29", "34", "38").contains(c.strip()))) {
            return;
        }
        CrossingView c;
        try {
            c = crossings.getObject().get(filed.crossingId(), READER);
        } catch (ProblemException gone) {
            return;
        }
        detections.screen(lines(c));
    }

    static List<Screened> lines(CrossingView c) {
        List<Screened> out = new ArrayList<>();
        for (CrossingView.DeclarationView v : c.declarations()) {
            DeclarationDocument d = v.document();
            if (d == null || d.authority() != Authority.MX || !"IMP".equals(d.operation()) || d.number() == null) {
                continue;
            }
            for (int i = 0; i < d.lines().size(); i++) {
                DeclarationDocument.Line l = d.lines().get(i);
                if (!DeclaredLine.inScope(l.tariffCode()) || l.quantity() == null || l.quantity().value() == null
                        || l.quantity().value().signum() <= 0) {
                    continue;
                }
                String unit = l.quantity().unit();
                if (!"LTR".equals(unit) && !"KGM".equals(unit)) {
                    continue;
                }
                out.add(new Screened(new DeclaredLine(d.number() + "/" + (i + 1), d.date(), l.description() == null ? "" : l.description(),
                        l.tariffCode(), l.quantity().value(), unit, usd(d, l.value()), l.origin(), null, null, null, null,
                        transport(l.quantity().value(), unit), d.customsOffice()), d.number(), i + 1, c.id(),
                        d.importer() == null ? null : d.importer().taxId(), d.filerOfRecord()));
            }
        }
        return out;
    }

    private static Transport transport(BigDecimal quantity, String unit) {
        BigDecimal litres = "LTR".equals(unit) ? quantity : quantity.divide(new BigDecimal("0.85"), 0, RoundingMode.HALF_UP);
        return litres.compareTo(TANK_LITRES) >= 0 ? Transport.TANK_TRUCK : null;
    }

    private static BigDecimal usd(DeclarationDocument d, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (d.currency() == null || "USD".equals(d.currency())) {
            return value;
        }
        if ("MXN".equals(d.currency()) && d.exchangeRate() != null && d.exchangeRate().signum() > 0) {
            return value.divide(d.exchangeRate(), 2, RoundingMode.HALF_UP);
        }
        return null;
    }

    /** Screens the crossing now (the batch and tests); returns the detections opened. */
    int screen(UUID crossingId, Actor actor) {
        return detections.screen(lines(crossings.getObject().get(crossingId, actor)));
    }
}
