package io.jointclear.tariff.domain;

import io.jointclear.reference.TariffLine;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;

/**
 * One partida being assessed: the declared line, its tariff line, its customs value in MXN and whether
 * a T-MEC preference is claimed.
 */
public record MxLine(int index, AssessmentRequest.Line line, TariffLine tariff, BigDecimal customsValue,
                     String program, LineQuantity quantity) {

    public String field(String name) {
        return "lines[" + index + "]." + name;
    }

    public String tariffCode() {
        return line.tariffCode();
    }

    public String origin() {
        return line.origin();
    }

    /** The company a company-specific rate is matched against: exporter, else manufacturer. */
    public String company() {
        return line.exporter() != null ? line.exporter() : line.manufacturer();
    }
}
