package io.jointclear.compliance.internal;

import io.jointclear.compliance.ClassificationEvaluation;
import io.jointclear.compliance.detection.FuelModel;
import io.jointclear.compliance.detection.LabelledLine;
import io.jointclear.compliance.detection.MisclassificationDetector;
import io.jointclear.tariff.FuelQuotas;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The detector in use: trained on the shipped labelled set plus every analyst decision so far (confirmed →
 * the proposed fracción, dismissed → the declared one). Trained on first use and again when asked
 * ({@link #retrain}), with the fixed seed: the same labels give the same model.
 */
@Component
class ActiveDetector {

    private static final Logger log = LoggerFactory.getLogger(ActiveDetector.class);

    private final DetectionStore store;
    private final FuelQuotas quotas;
    private volatile MisclassificationDetector detector;

    ActiveDetector(DetectionStore store, FuelQuotas quotas) {
        this.store = store;
        this.quotas = quotas;
    }

    MisclassificationDetector get() {
        MisclassificationDetector d = detector;
        if (d == null) {
            synchronized (this) {
                if (detector == null) {
                    retrain();
                }
                d = detector;
            }
        }
        return d;
    }

    /** Trains again on the shipped set and the decisions taken; returns how many analyst labels it used. */
    synchronized int retrain() {
        List<LabelledLine> lines = new ArrayList<>(ClassificationEvaluation.shippedTrainingSet());
        List<LabelledLine> labels = store.labels();
        lines.addAll(labels);
        detector = new MisclassificationDetector(FuelModel.train(lines, ClassificationEvaluation.SEED), quotas);
        log.info("Misclassification model trained on {} labelled line(s), {} of them analysts' decisions", lines.size(),
                labels.size());
        return labels.size();
    }
}
