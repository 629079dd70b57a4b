package io.jointclear.compliance.detection;

import java.util.List;

/**
 * What the detector concludes on one line.
 *
 * @param misclassified whether the line is flagged
 * @param family        the fuel the goods look like (null when not flagged)
 * @param proposedCode  the fracción proposed (null when not flagged)
 * @param score         the model's probability that the line hides a fuel, 0–1
 * @param evidence      the rules that fired and the model's reading, strongest first
 * @param taxAtStake    null when not flagged or when no fuel quota is loaded for the proposed fracción
 */
public record Finding(DeclaredLine line, boolean misclassified, FuelFamily family, String proposedCode, double score,
                      List<Evidence> evidence, TaxAtStake taxAtStake) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
