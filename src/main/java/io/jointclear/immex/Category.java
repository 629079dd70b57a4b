package io.jointclear.immex;

import java.time.LocalDate;

/**
 * What a temporarily imported good is for the time it may stay in Mexico (art. 108 LA, text before
 * the 2026 reform, BRIEF §6.2): each category with its legal term and its maximum stay in months
 * (none for fixed assets, which stay while the program is in force).
 */
public enum Category {
    /** Art. 108 fr. I b): materias primas, partes y componentes. */
    RAW_MATERIAL("materias primas, partes y componentes (art. 108-I-b LA)", 18),
    /** Art. 108 fr. I c) and d): envases y empaques, etiquetas y folletos. */
    PACKAGING("envases y empaques (art. 108-I-c LA)", 18),
    /** Art. 108 fr. I a): combustibles, lubricantes y otros materiales consumidos en el proceso. */
    FUEL("combustibles, lubricantes y materiales consumidos (art. 108-I-a LA)", 18),
    /** Art. 108 fr. II: contenedores y cajas de tráiler. */
    CONTAINER("contenedores y cajas de tráiler (art. 108-II LA)", 24),
    /** Art. 108 fr. III: activo fijo — while the program is in force. */
    FIXED_ASSET("activo fijo (art. 108-III LA)", 0);

    private final String legalTerm;
    private final int months;

    Category(String legalTerm, int months) {
        this.legalTerm = legalTerm;
        this.months = months;
    }

    public String legalTerm() {
        return legalTerm;
    }

    /**
     * The last day the good may stay, counted from its entry (the release, when the selection
     * mechanism is activated: RLA art. 173); for fixed assets the program's last day (null while it
     * has no end).
     */
    public LocalDate deadline(LocalDate entered, LocalDate programValidTo) {
        return months == 0 ? programValidTo : entered.plusMonths(months);
    }
}
