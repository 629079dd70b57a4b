package io.jointclear.compliance.internal;

import io.jointclear.compliance.DetectionView;

import io.jointclear.compliance.detection.FuelFamily;
import io.jointclear.compliance.detection.TaxAtStake;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.FuelQuotas;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The systematic correction of a confirmed detection (BRIEF §11.3): every declaration line of the same
 * importer and the same goods description within the five years the authority may still assess (CFF art. 67),
 * re-priced under the proposed fracción at the quotas of each line's date, with the total to recover.
 */
@Service
class Reclassifications {

    static final String LEGAL_BASIS = "CFF art. 67 (5 years); BRIEF §11.3";

    private final DetectionService detections;
    private final DetectionStore store;
    private final FuelQuotas quotas;
    private final Clock clock;

    Reclassifications(DetectionService detections, DetectionStore store, FuelQuotas quotas, Clock clock) {
        this.detections = detections;
        this.store = store;
        this.quotas = quotas;
        this.clock = clock;
    }

    record Line(String declaration, int line, LocalDate date, UUID crossingId, String declaredTariffCode,
                String proposedTariffCode, BigDecimal litres, DetectionView.Money taxAtStake) {
    }

    record Proposal(UUID detectionId, String importer, String description, String proposedTariffCode, LocalDate from,
                    LocalDate to, List<Line> lines, DetectionView.Money total, String legalBasis, String status,
                    String proposedBy, Object proposedAt) {
    }

    Proposal proposal(Actor actor, UUID id) {
        DetectionService.requireAny(actor, DetectionService.READERS);
        StoredDetection d = detections.found(id);
        Map<String, Object> saved = store.reclassification(id).orElse(null);
        return compute(d, saved == null ? "DRAFT" : "PROPOSED", saved == null ? null : (String) saved.get("proposed_by"),
                saved == null ? null : saved.get("proposed_at"));
    }

    @Transactional
    Proposal propose(Actor actor, UUID id) {
        DetectionService.requireAny(actor, DetectionService.DECIDERS);
        StoredDetection d = detections.found(id);
        if (!d.status().equals(StoredDetection.CONFIRMED)) {
            throw new ProblemException(409, "DETECTION_NOT_CONFIRMED", "Detection not confirmed",
                    "Only a confirmed detection leads to a reclassification; detection " + id + " is " + d.status());
        }
        Proposal p = compute(d, "PROPOSED", actor.username(), clock.instant());
        if (!store.saveReclassification(UUID.randomUUID(), id, d.importerRfc(), d.descriptionKey(), p.from(), p.to(),
                p.lines(), p.total().amount(), actor.username(), clock.instant())) {
            throw new ProblemException(409, "RECLASSIFICATION_EXISTS", "Reclassification already proposed",
                    "The reclassification of detection " + id + " was already proposed");
        }
        return p;
    }

    private Proposal compute(StoredDetection d, String status, String by, Object at) {
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusYears(5);
        FuelFamily family = FuelFamily.valueOf(d.family());
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> r : store.sameGoods(d.importerRfc(), d.descriptionKey(), from, to)) {
            String declared = (String) r.get("declared_code");
            if (FuelFamily.fuelCode(declared)) {
                continue;
            }
            BigDecimal qty = (BigDecimal) r.get("quantity");
            BigDecimal litres = "LTR".equals(r.get("unit")) ? qty
                    : qty.divide(d.line().densityKgL() != null ? d.line().densityKgL() : family.typicalDensity(), 3, RoundingMode.HALF_UP);
            LocalDate date = ((java.sql.Date) r.get("declaration_date")).toLocalDate();
            Integer octane = family.pricingOctane(d.proposedCode().equals("2710129906") ? 92 : null);
            BigDecimal tax = TaxAtStake.of(quotas, d.proposedCode(), octane, litres, date).map(TaxAtStake::total).orElse(null);
            total = tax == null ? total : total.add(tax);
            lines.add(new Line((String) r.get("declaration_number"), ((Number) r.get("line_number")).intValue(), date,
                    (UUID) r.get("crossing_id"), declared, d.proposedCode(), litres,
                    tax == null ? null : new DetectionView.Money(tax, "MXN")));
        }
        return new Proposal(d.id(), d.importerRfc(), d.line().description(), d.proposedCode(), from, to, lines,
                new DetectionView.Money(total, "MXN"), LEGAL_BASIS, status, by, at);
    }
}
