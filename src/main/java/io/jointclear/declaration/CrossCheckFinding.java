package io.jointclear.declaration;

import java.math.BigDecimal;

/**
 * A disagreement between the export side and the import side of one crossing, e.g. the Mexican
 * export pedimento says 18,000 kg of HS 0702.00 and the US entry 16,000 kg.
 *
 * @param kind        HS6_MISMATCH, QUANTITY_MISMATCH, VALUE_MISMATCH, ORIGIN_MISMATCH, UNMATCHED_LINE
 * @param exportLine  1-based line of the export declaration (0 when none matched)
 * @param importLine  1-based line of the import declaration (0 when none matched)
 * @param exportValue what the export side declares (quantity, value, code or origin as text)
 * @param importValue what the import side declares
 * @param deviation   relative difference where numeric (0.05 = 5 %), else null
 * @param message     one sentence for the officer
 */
public record CrossCheckFinding(
        String kind,
        int exportLine,
        int importLine,
        String exportValue,
        String importValue,
        BigDecimal deviation,
        String message) {
}
