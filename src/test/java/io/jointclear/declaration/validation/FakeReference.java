package io.jointclear.declaration.validation;

import io.jointclear.reference.CodeLists;
import io.jointclear.reference.ReferenceDataProblem;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.reference.TariffLine;
import io.jointclear.shared.Authority;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small in-memory reference data for unit tests: the contract's codes plus a few crafted ones. */
final class FakeReference {

    static final LocalDate TARIFF_EDITION_START = LocalDate.of(2022, 12, 12);

    static final CodeLists CODE_LISTS = new CodeLists() {
        @Override
        public boolean isCountry(String alpha2) {
            return Set.of("MX", "US", "CA", "CN", "DE").contains(alpha2);
        }

        @Override
        public boolean isCurrency(String code) {
            return Set.of("USD", "MXN", "CAD", "EUR").contains(code);
        }

        @Override
        public boolean isMexicanCustomsOffice(String aduanaSeccion) {
            return aduanaSeccion != null && aduanaSeccion.matches("\\d{3}")
                    && Set.of("07", "24", "40", "80").contains(aduanaSeccion.substring(0, 2));
        }

        @Override
        public boolean isUsPort(String portCode) {
            return Set.of("2304", "2402").contains(portCode);
        }

        @Override
        public Optional<PortPair> portPair(String mxCustomsOffice, String usPort) {
            return Optional.empty();
        }

        @Override
        public List<PortPair> portPairs() {
            return List.of();
        }
    };

    private static final Map<String, TariffLine> LINES = Map.of(
            "MX0702000304", line(Authority.MX, "0702000304", List.of("Kilo"), List.of("KGM")),
            "MX2710199903", line(Authority.MX, "2710199903", List.of("Litro"), List.of("LTR")),
            "MX8471300100", line(Authority.MX, "8471300100", List.of("Pieza"), List.of("C62")),
            "US0702002032", line(Authority.US, "0702002032", List.of("kg"), List.of("KGM")),
            "US6109100012", line(Authority.US, "6109100012", List.of("doz.", "kg"), List.of("DZN", "KGM")));

    static final TariffCatalogue CATALOGUE = (authority, code, date) -> {
        if (date.isBefore(TARIFF_EDITION_START)) {
            throw ReferenceDataProblem.dateOutsideData("tariff", date, TARIFF_EDITION_START, null);
        }
        if (code.equals("0702000399")) {
            throw ReferenceDataProblem.notInForce(authority.name(), code, date, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 11));
        }
        TariffLine line = LINES.get(authority.name() + code);
        if (line == null) {
            throw ReferenceDataProblem.unknownTariffCode(authority.name(), code);
        }
        return line;
    };

    private FakeReference() {
    }

    private static TariffLine line(Authority authority, String code, List<String> printed, List<String> units) {
        return new TariffLine(authority, code, "test line " + code, printed, units, TARIFF_EDITION_START, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), "test");
    }
}
