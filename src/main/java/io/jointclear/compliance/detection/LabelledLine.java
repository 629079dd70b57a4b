package io.jointclear.compliance.detection;

/** A declared line with the fracción it belongs under (an analyst's decision or the evaluation file's label). */
public record LabelledLine(DeclaredLine line, String labelCode) {

    public boolean misclassified() {
        return !labelCode.equals(line.declaredCode());
    }

    /** The model's class: CLEAN, or the fuel family the goods really are. */
    public String modelClass() {
        FuelFamily f = FuelFamily.ofCode(labelCode);
        return misclassified() && f != null ? f.name() : FuelModel.CLEAN;
    }
}
