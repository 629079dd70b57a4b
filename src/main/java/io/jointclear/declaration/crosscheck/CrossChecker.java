package io.jointclear.declaration.crosscheck;

import io.jointclear.declaration.CrossCheckFinding;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.reference.ExchangeRates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Compares the export side of a crossing with its import side line by line (BRIEF §6.5: both
 * declarations must match in classification, quantity and value): HS6, quantity beyond 2 %, value
 * beyond 5 % on a common basis, origin, and lines without a counterpart.
 */
@Component
public class CrossChecker {

    static final BigDecimal QUANTITY_TOLERANCE = new BigDecimal("0.02");
    static final BigDecimal VALUE_TOLERANCE = new BigDecimal("0.05");

    private final ExchangeRates exchangeRates;

    public CrossChecker(ExchangeRates exchangeRates) {
        this.exchangeRates = exchangeRates;
    }

    public List<CrossCheckFinding> compare(DeclarationDocument export, DeclarationDocument importSide) {
        List<CrossCheckFinding> findings = new ArrayList<>();
        for (LineMatcher.Pair pair : LineMatcher.match(export.lines(), importSide.lines())) {
            if (!pair.matched()) {
                findings.add(unmatched(export, importSide, pair));
                continue;
            }
            Line e = export.lines().get(pair.exportIndex());
            Line i = importSide.lines().get(pair.importIndex());
            int el = pair.exportIndex() + 1;
            int il = pair.importIndex() + 1;
            String eHs6 = LineMatcher.hs6(e);
            String iHs6 = LineMatcher.hs6(i);
            if (!Objects.equals(eHs6, iHs6)) {
                findings.add(new CrossCheckFinding("HS6_MISMATCH", el, il, e.tariffCode(), i.tariffCode(), null,
                        "Export line " + el + " is classified in HS " + eHs6 + ", import line " + il + " in HS " + iHs6));
            }
            ComparableQuantity.of(e, i).ifPresent(q -> {
                BigDecimal deviation = Deviation.of(q.exportSide(), q.importSide());
                if (deviation.compareTo(QUANTITY_TOLERANCE) > 0) {
                    findings.add(new CrossCheckFinding("QUANTITY_MISMATCH", el, il,
                            plain(q.exportSide()) + " " + q.unit(), plain(q.importSide()) + " " + q.unit(), deviation,
                            "Export line " + el + " declares " + plain(q.exportSide()) + " " + q.unit() + ", import line " + il
                                    + " " + plain(q.importSide()) + " " + q.unit() + " (" + percent(deviation) + " apart, tolerance 2 %)"));
                }
            });
            ComparableValue.of(export, e, exchangeRates).ifPresent(ev -> ComparableValue.of(importSide, i, exchangeRates).ifPresent(iv -> {
                BigDecimal deviation = Deviation.of(ev.usd(), iv.usd());
                if (deviation.compareTo(VALUE_TOLERANCE) > 0) {
                    findings.add(new CrossCheckFinding("VALUE_MISMATCH", el, il,
                            ev.usd().toPlainString() + " USD (" + ev.basis() + ")", iv.usd().toPlainString() + " USD (" + iv.basis() + ")",
                            deviation, "Export line " + el + " is worth USD " + ev.usd().toPlainString() + " (" + ev.basis()
                                    + "), import line " + il + " USD " + iv.usd().toPlainString() + " (" + iv.basis() + "): "
                                    + percent(deviation) + " apart, tolerance 5 %"));
                }
            }));
            if (e.origin() != null && i.origin() != null && !e.origin().equals(i.origin())) {
                findings.add(new CrossCheckFinding("ORIGIN_MISMATCH", el, il, e.origin(), i.origin(), null,
                        "Export line " + el + " declares origin " + e.origin() + ", import line " + il + " origin " + i.origin()));
            }
        }
        return List.copyOf(findings);
    }

    private static CrossCheckFinding unmatched(DeclarationDocument export, DeclarationDocument importSide, LineMatcher.Pair pair) {
        if (pair.exportIndex() >= 0) {
            Line e = export.lines().get(pair.exportIndex());
            return new CrossCheckFinding("UNMATCHED_LINE", pair.exportIndex() + 1, 0, e.tariffCode(), null, null,
                    "Export line " + (pair.exportIndex() + 1) + " (" + e.tariffCode() + ") has no line on the import side");
        }
        Line i = importSide.lines().get(pair.importIndex());
        return new CrossCheckFinding("UNMATCHED_LINE", 0, pair.importIndex() + 1, null, i.tariffCode(), null,
                "Import line " + (pair.importIndex() + 1) + " (" + i.tariffCode() + ") has no line on the export side");
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String percent(BigDecimal deviation) {
        return plain(deviation.movePointRight(2)) + " %";
    }
}
