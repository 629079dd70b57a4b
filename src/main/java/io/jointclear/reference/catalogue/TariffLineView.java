package io.jointclear.reference.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.reference.DutyRate;
import io.jointclear.reference.PreferentialRate;
import io.jointclear.reference.RateComponent;
import io.jointclear.reference.TariffLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A tariff line as the reference API shows it: the line, its units and the rates in force on the date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TariffLineView(
        String authority,
        String tariffCode,
        LocalDate date,
        String description,
        List<String> units,
        List<String> tariffUnits,
        LocalDate validFrom,
        LocalDate validTo,
        Rates rates,
        String rateSource) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rates(RateView general, List<SpecialView> special, RateView column2, RateView igi, RateView ige, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RateView(String text, String type, List<ComponentView> components) {
        static RateView of(DutyRate rate) {
            return new RateView(rate.text(), rate.type(), rate.components().stream().map(ComponentView::of).toList());
        }
    }

    record SpecialView(Set<String> programs, RateView rate) {
        static SpecialView of(PreferentialRate p) {
            return new SpecialView(new TreeSet<>(p.programs()), RateView.of(p.rate()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ComponentView(String type, BigDecimal percent, BigDecimal amount, String currency, String unit, String basis) {
        static ComponentView of(RateComponent c) {
            return switch (c) {
                case RateComponent.AdValorem a -> new ComponentView("AD_VALOREM", a.percent(), null, null, null,
                        a.basis().isEmpty() ? null : a.basis());
                case RateComponent.Specific s -> new ComponentView("SPECIFIC", null, s.amount(), s.currency(), s.unit(),
                        s.basis().isEmpty() ? null : s.basis());
            };
        }
    }

    static TariffLineView of(TariffLine line, LocalDate date) {
        Rates rates = switch (line.authority()) {
            case US -> new Rates(line.general().map(RateView::of).orElse(null),
                    line.special().stream().map(SpecialView::of).toList(),
                    line.column2().map(RateView::of).orElse(null), null, null,
                    line.general().isPresent() ? "LOADED" : "NOT_COMPUTABLE");
            case MX -> new Rates(null, null, null, line.general().map(RateView::of).orElse(null),
                    line.exportRate().map(RateView::of).orElse(null),
                    line.general().isPresent() || line.exportRate().isPresent() ? "LOADED" : "NOT_LOADED");
        };
        return new TariffLineView(line.authority().name(), line.tariffCode(), date, line.description(), line.units(),
                line.tariffUnits(), line.validFrom(), line.validTo().orElse(null), rates, line.rateSource());
    }
}
