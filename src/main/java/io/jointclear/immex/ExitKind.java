package io.jointclear.immex;

import java.util.Map;
import java.util.Optional;

/** How goods leave a program's inventory, by the clave of the pedimento (Apéndice 2) that takes them out. */
public enum ExitKind {
    /** RT: retorno (export) of transformed goods or of inputs as imported. */
    RETURN,
    /** V1 / V5: virtual transfer to another IMMEX company, or to a resident in Mexico. */
    VIRTUAL_TRANSFER,
    /** F4 / F5: change to the definitive regime of inputs or fixed assets. */
    CHANGE_OF_REGIME,
    /** Destruction of inputs or scrap under notice to the authority (no pedimento clave of its own). */
    DESTRUCTION;

    private static final Map<String, ExitKind> BY_CLAVE = Map.of("RT", RETURN, "V1", VIRTUAL_TRANSFER,
            "V5", VIRTUAL_TRANSFER, "F4", CHANGE_OF_REGIME, "F5", CHANGE_OF_REGIME, "DESTRUCCION", DESTRUCTION);

    /** The kind of exit of a clave; empty when the clave takes nothing out of an IMMEX inventory. */
    public static Optional<ExitKind> ofClave(String clave) {
        return Optional.ofNullable(clave == null ? null : BY_CLAVE.get(clave));
    }
}
