package io.jointclear.declaration.validation;

import io.jointclear.reference.TariffLine;

/**
 * What the tariff catalogue said about one line's code on the declaration date: the line, or the
 * catalogue's problem code, or nothing when the code or date was not fit to look up.
 */
public record TariffCodeCheck(TariffLine line, String problemCode, String problemMessage) {

    static TariffCodeCheck found(TariffLine line) {
        return new TariffCodeCheck(line, null, null);
    }

    static TariffCodeCheck failed(String code, String message) {
        return new TariffCodeCheck(null, code, message);
    }

    static TariffCodeCheck skipped() {
        return new TariffCodeCheck(null, null, null);
    }

    public boolean isFound() {
        return line != null;
    }

    public boolean isFailed() {
        return problemCode != null;
    }
}
