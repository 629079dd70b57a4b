package io.jointclear.tariff.domain;

import io.jointclear.reference.DutyRate;
import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.PreferentialRate;
import io.jointclear.reference.RateComponent;
import io.jointclear.reference.ReferenceDataProblem;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.reference.TariffLine;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small in-memory reference data for tests: tariff lines with the illustrative rates of the brief's
 * worked examples, and a USD/MXN series. Inputs, not mocks.
 */
public final class InMemoryReference implements TariffCatalogue, ExchangeRates {

    private final Map<String, TariffLine> lines = new HashMap<>();
    private final LocalDate fxFrom = LocalDate.of(2020, 1, 1);
    private final LocalDate fxTo = LocalDate.of(2025, 11, 25);
    private final BigDecimal fx = new BigDecimal("18.0000");

    public static DutyRate adValorem(String percent) {
        return new DutyRate(percent + "%", List.of(new RateComponent.AdValorem(new BigDecimal(percent))));
    }

    public static DutyRate free() {
        return DutyRate.free("Free");
    }

    public static DutyRate specific(String text, String usdPerUnit, String unit) {
        return new DutyRate(text, List.of(new RateComponent.Specific(new BigDecimal(usdPerUnit), "USD", unit, "")));
    }

    public InMemoryReference mx(String code, DutyRate igi, String unit) {
        lines.put("MX" + code, new TariffLine(Authority.MX, code, "test line", List.of(unit), List.of(unit),
                LocalDate.of(2020, 1, 1), Optional.empty(), Optional.ofNullable(igi), List.of(), Optional.empty(),
                Optional.of(DutyRate.free("Ex.")), "test TIGIE"));
        return this;
    }

    public InMemoryReference mxWithoutRate(String code) {
        return mx(code, null, "KGM");
    }

    public InMemoryReference us(String code, DutyRate general, DutyRate usmca, String... units) {
        List<PreferentialRate> special = usmca == null ? List.of()
                : List.of(new PreferentialRate(usmca, Set.of("S", "A", "AU", "CL")));
        lines.put("US" + code, new TariffLine(Authority.US, code, "test line", List.of(units), List.of(units),
                LocalDate.of(2020, 1, 1), Optional.empty(), Optional.ofNullable(general), special,
                Optional.of(adValorem("45")), Optional.empty(), "test HTSUS 2026 rev. 4"));
        return this;
    }

    /** The lines of the brief's worked examples, with its illustrative rates. */
    public static InMemoryReference brief() {
        return new InMemoryReference()
                .mx("6109100100", adValorem("35"), "C62")         // MX-1 apparel, 35% illustrative
                .mx("6109100200", adValorem("10"), "KGM")         // MX-2b, IGI 10% illustrative
                .mx("2710199903", adValorem("0"), "LTR")          // MX-4 diesel, IGI treated as 0%
                .mx("2710129905", adValorem("0"), "LTR")          // gasoline 87-91 octane
                .mx("0702000304", adValorem("0"), "KGM")          // tomatoes (export)
                .mxWithoutRate("8471300100")                     // a line whose IGI is not loaded
                .us("6109100012", adValorem("16.5"), free(), "DZN", "KGM")   // T-shirts (contract)
                .us("8479899499", adValorem("5"), free(), "C62")             // US-2 machine, 5% illustrative
                .us("0702002032", specific("3.9¢/kg", "0.039", "KGM"), free(), "KGM") // tomatoes
                .us("7308909590", adValorem("0"), free(), "KGM")             // steel structure
                .us("2710121500", specific("52.5¢/bbl", "0.525", "BLL"), free(), "BLL"); // gasoline
    }

    @Override
    public TariffLine line(Authority authority, String tariffCode, LocalDate date) {
        TariffLine line = lines.get(authority.name() + tariffCode);
        if (line == null) {
            throw ReferenceDataProblem.unknownTariffCode(authority.name(), tariffCode);
        }
        return line;
    }

    @Override
    public GoverningExchangeRate usdMxn(LocalDate date) {
        if (date.isBefore(fxFrom) || date.isAfter(fxTo)) {
            throw ReferenceDataProblem.dateOutsideData("Banco de México FIX series", date, fxFrom, fxTo);
        }
        return new GoverningExchangeRate("USD", "MXN", date, fx, date.minusDays(1), date, "test FIX", "art. 20 CFF");
    }
}
