package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.shared.Authority;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration under check with what every policy needs beside it: today's date and the tariff
 * lines looked up once per line (so several policies do not ask the catalogue again).
 */
public record Filing(DeclarationDocument document, LocalDate today, List<TariffCodeCheck> tariff) {

    public Filing {
        tariff = List.copyOf(tariff);
    }

    boolean isMexican() {
        return document.authority() == Authority.MX;
    }

    boolean isUs() {
        return document.authority() == Authority.US;
    }

    /** A US entry (CBP 3461/7501): everything US but an export. */
    boolean isUsEntry() {
        return isUs() && !isUsExport();
    }

    /**
     * A US export: Electronic Export Information filed in AES (15 CFR 30), identified by its ITN. It is
     * not an entry: no entry number, entry type or importer of record.
     */
    boolean isUsExport() {
        return isUs() && "EXP".equals(document.operation());
    }

    List<Line> lines() {
        return document.lines();
    }

    static String line(int index) {
        return "lines[" + index + "]";
    }

    static String line(int index, String field) {
        return line(index) + "." + field;
    }
}
