package io.jointclear.courier.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.courier.domain.CourierMoney;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A manifest's totals: counts, declared value, consignments and money per rate band, each contribution
 * summed exactly per currency with its peso amount for payment (whole pesos, CFF art. 20), and what the
 * courier may pay periodically (6th modification RGCE 2025).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestTotals(int consignments, int accepted, int rejected, BigDecimal declaredValueUsd,
                             Map<String, BandTotal> byRateBand, List<TaxTotal> taxes, BigDecimal periodicPaymentMxn,
                             ExchangeRate exchangeRate) {

    public record BandTotal(int consignments, BigDecimal valueUsd, BigDecimal taxUsd) {
    }

    /** @param payableMxn whole pesos to pay (southbound), from the sum of the consignments' peso amounts */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaxTotal(String code, BigDecimal amount, String currency, BigDecimal amountMxn, BigDecimal payableMxn) {
    }

    public record ExchangeRate(BigDecimal usdMxn, String source) {
    }

    static ManifestTotals of(List<AssessedConsignment> accepted, int rejected, BigDecimal usdMxn, String fxSource) {
        BigDecimal declared = BigDecimal.ZERO;
        Map<String, BandTotal> bands = new TreeMap<>();
        Map<String, TaxTotal> taxes = new TreeMap<>();
        BigDecimal periodic = null;
        for (AssessedConsignment a : accepted) {
            declared = declared.add(a.valueUsd());
            BigDecimal taxUsd = BigDecimal.ZERO;
            for (Tax t : a.taxes()) {
                if ("USD".equals(t.currency())) {
                    taxUsd = taxUsd.add(t.amount());
                }
                taxes.merge(t.code() + "/" + t.currency(), new TaxTotal(t.code(), t.amount(), t.currency(), t.amountMxn(), null),
                        ManifestTotals::add);
                if (a.decision().periodicPayment() && t.amountMxn() != null) {
                    periodic = (periodic == null ? BigDecimal.ZERO : periodic).add(t.amountMxn());
                }
            }
            BandTotal band = new BandTotal(1, a.valueUsd(), taxUsd);
            bands.merge(a.decision().band().name(), band, (x, y) -> new BandTotal(x.consignments() + y.consignments(),
                    x.valueUsd().add(y.valueUsd()), x.taxUsd().add(y.taxUsd())));
        }
        List<TaxTotal> out = new ArrayList<>(taxes.size());
        for (TaxTotal t : taxes.values()) {
            out.add(new TaxTotal(t.code(), t.amount(), t.currency(), t.amountMxn(),
                    t.amountMxn() == null ? null : CourierMoney.wholePesos(t.amountMxn())));
        }
        return new ManifestTotals(accepted.size() + rejected, accepted.size(), rejected, declared, bands, out,
                periodic == null ? null : CourierMoney.wholePesos(periodic), new ExchangeRate(usdMxn, fxSource));
    }

    private static TaxTotal add(TaxTotal x, TaxTotal y) {
        BigDecimal mxn = x.amountMxn() == null ? y.amountMxn() : y.amountMxn() == null ? x.amountMxn() : x.amountMxn().add(y.amountMxn());
        return new TaxTotal(x.code(), x.amount().add(y.amount()), x.currency(), mxn, null);
    }
}
