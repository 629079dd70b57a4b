package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.shared.FieldViolation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tipo de operación, clave de pedimento (Apéndice 2) and régimen (Apéndice 16) exist and fit together,
 * e.g. A1 is IMP/IMD or EXP/EXD, IN and AF are IMP/ITE.
 */
final class PedimentoClavePolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        DeclarationDocument d = filing.document();
        Violations v = new Violations();
        if (!filing.isMexican()) {
            return v.list();
        }
        boolean operationKnown = d.operation() != null && Catalogues.MX_OPERATIONS.contains(d.operation());
        boolean claveKnown = d.type() != null && Catalogues.MX_CLAVES.contains(d.type());
        boolean regimeKnown = d.regime() != null && Catalogues.MX_REGIMES.contains(d.regime());
        if (d.operation() != null && !operationKnown) {
            v.add("operation", "UNKNOWN_OPERATION", "Tipo de operación is IMP, EXP or TRA, got '" + d.operation() + "'");
        }
        if (d.type() != null && !claveKnown) {
            v.add("type", "UNKNOWN_PEDIMENTO_TYPE", "'" + d.type() + "' is not a clave de pedimento of Apéndice 2");
        }
        if (d.regime() != null && !regimeKnown) {
            v.add("regime", "UNKNOWN_REGIME", "'" + d.regime() + "' is not a régimen of Apéndice 16");
        }
        Map<String, Set<String>> combinations = claveKnown ? Catalogues.CLAVE_COMBINATIONS.get(d.type()) : null;
        if (combinations != null && operationKnown && regimeKnown) {
            Set<String> regimes = combinations.get(d.operation());
            if (regimes == null || !regimes.contains(d.regime())) {
                v.add("regime", "CLAVE_REGIME_MISMATCH", "Clave " + d.type() + " is filed as "
                        + describe(combinations) + ", not " + d.operation() + "/" + d.regime());
            }
        }
        return v.list();
    }

    private static String describe(Map<String, Set<String>> combinations) {
        return combinations.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "/" + String.join("|", e.getValue().stream().sorted().toList()))
                .reduce((a, b) -> a + " or " + b).orElse("");
    }
}
