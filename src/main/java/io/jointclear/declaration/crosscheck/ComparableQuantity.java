package io.jointclear.declaration.crosscheck;

import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.declaration.validation.Rec20Units;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The two lines' quantities in one unit: the export line's unit when the import unit converts to it
 * (DZN ↔ C62, TNE ↔ KGM), else kilograms, taken from a mass unit or from {@code netWeightKg} on
 * either side. Empty when no common measure exists (e.g. litres against pieces, no weights).
 */
record ComparableQuantity(BigDecimal exportSide, BigDecimal importSide, String unit) {

    static Optional<ComparableQuantity> of(Line export, Line importLine) {
        if (export.quantity() != null && importLine.quantity() != null) {
            String unit = export.quantity().unit();
            Optional<BigDecimal> converted = Rec20Units.convert(importLine.quantity().value(), importLine.quantity().unit(), unit);
            if (export.quantity().value() != null && converted.isPresent()) {
                return Optional.of(new ComparableQuantity(export.quantity().value(), converted.get(), unit));
            }
        }
        Optional<BigDecimal> exportKg = kilograms(export);
        Optional<BigDecimal> importKg = kilograms(importLine);
        if (exportKg.isPresent() && importKg.isPresent()) {
            return Optional.of(new ComparableQuantity(exportKg.get(), importKg.get(), "KGM"));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> kilograms(Line line) {
        if (line.quantity() != null && Rec20Units.isMass(line.quantity().unit())) {
            return Rec20Units.convert(line.quantity().value(), line.quantity().unit(), "KGM");
        }
        return Optional.ofNullable(line.netWeightKg());
    }
}
