package io.jointclear.compliance.detection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Precision and recall of "misclassified" on labelled lines (a line is misclassified when its label differs
 * from the declared code), the share of true positives whose proposed fracción equals the label, and the tax
 * at stake the flags found.
 */
public record Evaluation(int lines, int misclassified, int flagged, int truePositives, int proposedRight,
                         BigDecimal taxFlagged, BigDecimal taxTruePositives, int withoutQuota) {

    public static Evaluation of(MisclassificationDetector detector, List<LabelledLine> test) {
        int mis = 0;
        int flagged = 0;
        int tp = 0;
        int right = 0;
        int noQuota = 0;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal taxTp = BigDecimal.ZERO;
        for (LabelledLine l : test) {
            Finding f = detector.examine(l.line());
            mis += l.misclassified() ? 1 : 0;
            if (!f.misclassified()) {
                continue;
            }
            flagged++;
            BigDecimal t = f.taxAtStake() == null ? BigDecimal.ZERO : f.taxAtStake().total();
            noQuota += f.taxAtStake() == null ? 1 : 0;
            tax = tax.add(t);
            if (l.misclassified()) {
                tp++;
                taxTp = taxTp.add(t);
                right += l.labelCode().equals(f.proposedCode()) ? 1 : 0;
            }
        }
        return new Evaluation(test.size(), mis, flagged, tp, right, tax, taxTp, noQuota);
    }

    public double precision() {
        return flagged == 0 ? 0 : (double) truePositives / flagged;
    }

    public double recall() {
        return misclassified == 0 ? 0 : (double) truePositives / misclassified;
    }

    public double proposedAccuracy() {
        return truePositives == 0 ? 0 : (double) proposedRight / truePositives;
    }

    /** The lines the command prints. */
    public String report() {
        return String.format(Locale.ROOT, """
                precision %.2f
                recall %.2f
                proposed_accuracy %.2f
                tax_at_stake_found MXN %s
                tax_at_stake_true_positives MXN %s
                lines %d, misclassified %d, flagged %d, true positives %d, flagged without a loaded fuel quota %d
                """, precision(), recall(), proposedAccuracy(), money(taxFlagged), money(taxTruePositives), lines,
                misclassified, flagged, truePositives, withoutQuota);
    }

    private static String money(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
