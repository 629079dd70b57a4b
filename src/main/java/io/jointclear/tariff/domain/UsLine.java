package io.jointclear.tariff.domain;

import io.jointclear.reference.TariffLine;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;

/** One entry line being assessed, with its SPI normalised (USMCA → S). */
public record UsLine(int index, AssessmentRequest.Line line, TariffLine tariff, String spi, LineQuantity quantity) {

    public String field(String name) {
        return "lines[" + index + "]." + name;
    }

    public String tariffCode() {
        return line.tariffCode();
    }

    public String origin() {
        return line.origin();
    }

    public BigDecimal value() {
        return line.value();
    }

    /** USMCA claim (SPI S or S+). */
    public boolean usmca() {
        return "S".equals(spi) || "S+".equals(spi);
    }
}
