package io.jointclear.reference.catalogue;

import io.jointclear.reference.DutyRate;
import io.jointclear.reference.RateComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the rate texts of the LIGIE tariff as stored: a percentage ("10", "10%", "7.5") or "Ex." (exento). */
public final class MexicanRates {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)\\s*%?");
    private static final Pattern EXEMPT = Pattern.compile("(?i)ex\\.?|exento");

    private MexicanRates() {
    }

    /** The structured rate, or empty when the text is neither a percentage nor "Ex.". */
    public static Optional<DutyRate> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (EXEMPT.matcher(t).matches()) {
            return Optional.of(DutyRate.free("Ex."));
        }
        var m = PERCENT.matcher(t);
        if (m.matches()) {
            BigDecimal percent = new BigDecimal(m.group(1));
            if (percent.compareTo(new BigDecimal("1000")) > 0) {
                return Optional.empty();
            }
            return Optional.of(new DutyRate(percent.toPlainString() + "%", List.of(new RateComponent.AdValorem(percent, ""))));
        }
        return Optional.empty();
    }
}
