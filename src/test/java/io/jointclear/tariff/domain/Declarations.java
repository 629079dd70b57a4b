package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builders for test declarations. */
public final class Declarations {

    private Declarations() {
    }

    public static BigDecimal d(String n) {
        return new BigDecimal(n);
    }

    public static final class Builder {
        Authority authority;
        String operation = "IMP";
        String type = "A1";
        LocalDate date;
        LocalDate exportDate;
        BigDecimal exchangeRate;
        String currency = "USD";
        BigDecimal freight;
        BigDecimal insurance;
        List<AssessmentRequest.Identifier> identifiers = new ArrayList<>();
        boolean guarantee;
        String preparation;
        List<AssessmentRequest.Line> lines = new ArrayList<>();

        public Builder type(String operation, String type) {
            this.operation = operation;
            this.type = type;
            return this;
        }

        public Builder entryType(String type) {
            this.type = type;
            return this;
        }

        public Builder tc(String rate) {
            this.exchangeRate = rate == null ? null : d(rate);
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder incrementables(String freight, String insurance) {
            this.freight = d(freight);
            this.insurance = d(insurance);
            return this;
        }

        public Builder identifier(String code) {
            identifiers.add(new AssessmentRequest.Identifier(code, null));
            return this;
        }

        public Builder guarantee() {
            this.guarantee = true;
            return this;
        }

        public Builder exportDate(LocalDate date) {
            this.exportDate = date;
            return this;
        }

        public Builder line(String code, String origin, String value, String qty, String unit, String preference) {
            lines.add(new AssessmentRequest.Line(code, "test", origin,
                    qty == null ? null : new AssessmentRequest.Quantity(d(qty), unit), null, d(value), preference,
                    List.of(), null, null, null, null));
            return this;
        }

        public Builder line(AssessmentRequest.Line line) {
            lines.add(line);
            return this;
        }

        public AssessmentRequest build() {
            return new AssessmentRequest(authority, operation, type, null, null, date, exportDate, exchangeRate,
                    currency, freight, insurance, null, identifiers, guarantee, preparation, lines);
        }
    }

    public static Builder mx(String date) {
        Builder b = new Builder();
        b.authority = Authority.MX;
        b.date = LocalDate.parse(date);
        b.exchangeRate = d("18.0000");
        return b;
    }

    public static Builder us(String date) {
        Builder b = new Builder();
        b.authority = Authority.US;
        b.type = "01";
        b.operation = null;
        b.date = LocalDate.parse(date);
        return b;
    }

    /**
     * The contract's T-shirts, 6109.10.00.12 (MFN 16.5 %, Section 301 list 4A), 2,000 dozen, 5,200 kg, not
     * USMCA-claimed: the line of the chapter-99 goldens, by origin and value.
     */
    public static AssessmentRequest.Line usTshirts(String origin, String value) {
        return usLine("6109100012", origin, value, "2000", "DZN", null, "5200", List.of(), null);
    }

    public static AssessmentRequest.Line usLine(String code, String origin, String value, String qty, String unit,
                                                String spi, String netKg, List<String> cases, BigDecimal metal) {
        return new AssessmentRequest.Line(code, "test", origin,
                qty == null ? null : new AssessmentRequest.Quantity(d(qty), unit), netKg == null ? null : d(netKg),
                d(value), spi, cases, null, null, null, metal);
    }
}
