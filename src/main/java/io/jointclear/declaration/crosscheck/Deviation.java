package io.jointclear.declaration.crosscheck;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Relative difference of the import side from the export side, 0.05 = 5 %. */
final class Deviation {

    private Deviation() {
    }

    static BigDecimal of(BigDecimal exportSide, BigDecimal importSide) {
        if (exportSide.signum() == 0) {
            return importSide.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
        }
        return importSide.subtract(exportSide).abs()
                .divide(exportSide.abs(), MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_UP);
    }
}
