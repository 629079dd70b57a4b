package io.jointclear.compliance;

import io.jointclear.compliance.internal.DetectionService;
import io.jointclear.compliance.internal.MisclassificationReport;
import io.jointclear.shared.Actor;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The compliance module's read API for the console: the detections and the monthly figures, for officials and analysts. */
@Service
public class ComplianceOverview {

    private final DetectionService detections;
    private final MisclassificationReport report;

    ComplianceOverview(DetectionService detections, MisclassificationReport report) {
        this.detections = detections;
        this.report = report;
    }

    /** The newest detections of a status (null: any), at most {@code limit}; 403 for traders. */
    public List<DetectionView> detections(Actor actor, String status, int limit) {
        return detections.list(actor, status, limit);
    }

    /** Open / confirmed detections and their tax at stake, for the analyst dashboard; 403 for traders. */
    public DetectionSummary summary(Actor actor) {
        return detections.summary(actor);
    }

    public MisclassificationFigures figures(Actor actor, LocalDate from, LocalDate to) {
        return report.report(actor, from, to);
    }
}
