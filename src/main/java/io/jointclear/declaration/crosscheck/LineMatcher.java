package io.jointclear.declaration.crosscheck;

import io.jointclear.declaration.DeclarationDocument.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs export lines with import lines: first by HS6 (the subheading both tariffs share), each export
 * line taking the first free import line of its subheading; the rest by order. Lines left over on
 * either side stay unmatched (index -1 on the other side).
 */
final class LineMatcher {

    /** 0-based indexes; -1 where the line has no counterpart. */
    record Pair(int exportIndex, int importIndex) {
        boolean matched() {
            return exportIndex >= 0 && importIndex >= 0;
        }
    }

    private LineMatcher() {
    }

    static String hs6(Line line) {
        return line.tariffCode() != null && line.tariffCode().length() >= 6 ? line.tariffCode().substring(0, 6) : null;
    }

    static List<Pair> match(List<Line> exports, List<Line> imports) {
        int[] partnerOfExport = new int[exports.size()];
        boolean[] importTaken = new boolean[imports.size()];
        java.util.Arrays.fill(partnerOfExport, -1);
        for (int e = 0; e < exports.size(); e++) {
            String hs6 = hs6(exports.get(e));
            for (int i = 0; hs6 != null && i < imports.size(); i++) {
                if (!importTaken[i] && hs6.equals(hs6(imports.get(i)))) {
                    partnerOfExport[e] = i;
                    importTaken[i] = true;
                    break;
                }
            }
        }
        int nextImport = 0;
        for (int e = 0; e < exports.size(); e++) {
            if (partnerOfExport[e] >= 0) {
                continue;
            }
            while (nextImport < imports.size() && importTaken[nextImport]) {
                nextImport++;
            }
            if (nextImport < imports.size()) {
                partnerOfExport[e] = nextImport;
                importTaken[nextImport] = true;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int e = 0; e < exports.size(); e++) {
            pairs.add(new Pair(e, partnerOfExport[e]));
        }
        for (int i = 0; i < imports.size(); i++) {
            if (!importTaken[i]) {
                pairs.add(new Pair(-1, i));
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> p.exportIndex() < 0 ? Integer.MAX_VALUE : p.exportIndex())
                .thenComparingInt(Pair::importIndex));
        return pairs;
    }
}
