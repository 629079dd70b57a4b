package io.jointclear.declaration.validation;

import io.jointclear.reference.TariffLine;

/**
 * What the tariff catalogue said about one line's code on the declaration date: the line, or the
 * catalogue's problem code, or nothing when the code or date was not fit to look up.
 */
public record TariffLookup(TariffLine line, String problemCode, String problemMessage) {

    static TariffLookup found(TariffLine line) {
        return new TariffLookup(line, null, null);
    }

    static TariffLookup failed(String code, String message) {
        return new TariffLookup(null, code, message);
    }

    static TariffLookup skipped() {
        return new TariffLookup(null, null, null);
    }

    public boolean isFound() {
        return line != null;
    }

    public boolean isFailed() {
        return problemCode != null;
    }
}
