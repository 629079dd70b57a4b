package io.jointclear.shared;

/** A customs authority taking part in a joint crossing. */
public enum Authority {
    /** Agencia Nacional de Aduanas de México (ANAM), with SAT. */
    MX,
    /** U.S. Customs and Border Protection. */
    US;

    public static Authority parse(String text) {
        for (Authority a : values()) {
            if (a.name().equalsIgnoreCase(text)) {
                return a;
            }
        }
        throw new IllegalArgumentException("authority must be MX or US, got '" + text + "'");
    }
}
