package io.jointclear.declaration.validation;

import java.util.Map;
import java.util.Set;

/** What a clave de pedimento (Apéndice 2) says about the régimen, for formats that carry only the clave. */
public final class PedimentoClaves {

    private PedimentoClaves() {
    }

    /** The one régimen the clave allows for this operation, null when it allows none or several. */
    public static String onlyRegime(String clave, String operation) {
        Map<String, Set<String>> combinations = clave == null ? null : Catalogues.CLAVE_COMBINATIONS.get(clave);
        Set<String> regimes = combinations == null || operation == null ? null : combinations.get(operation);
        return regimes != null && regimes.size() == 1 ? regimes.iterator().next() : null;
    }
}
