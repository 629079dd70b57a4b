package io.jointclear.tariff.domain;

/** How a measure row's numbers are applied. */
public enum MeasureKind {
    /** rate % of a value base. */
    PERCENT,
    /** rate ‰ of a value base (DTA "al millar"). */
    PER_MILLE,
    /** amount per document (pedimento / entry). */
    FIXED,
    /** amount of currency per unit of quantity. */
    SPECIFIC,
    /** rate % clamped to [minimum, maximum] (MPF). */
    CLAMPED_PERCENT,
    /** floor for the sum of a per-value tax on a document (DTA cuota mínima). */
    MINIMUM,
    /** cancels the measure named in appliesTo when its conditions hold. */
    EXEMPTION,
    /** reduces the quota named in appliesTo by rate % (IEPS estímulo fiscal). */
    STIMULUS,
    /** a list of origins with a legal status (HTSUS column 2 countries). */
    COUNTRY_LIST,
    /** no amount: a warning to surface when the scope matches (data known to be missing). */
    NOTICE
}
