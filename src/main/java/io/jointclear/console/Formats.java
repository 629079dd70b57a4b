package io.jointclear.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as people in Mexico and the US write them: comma for thousands, point for decimals
 * ({@code 1,200,000.50}), which es-MX and en share; pesos as {@code $1,234.56 MXN}, dollars as
 * {@code US$1,234.56}. Machine outputs (CSV, JSON) keep plain numbers with a point.
 */
public final class Formats {

    /** Spanish as written in Mexico. */
    public static final Locale ES_MX = Locale.forLanguageTag("es-MX");

    private Formats() {
    }

    /** {@code 1,234.56}: two decimals, half-up. */
    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(ES_MX));
        return f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code $1,234.56 MXN}, {@code US$1,234.56}, else {@code 1,234.56 EUR}. */
    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return switch (currency == null ? "" : currency) {
            case "MXN" -> "$" + amount(amount) + " MXN";
            case "USD" -> "US$" + amount(amount);
            case "" -> amount(amount);
            default -> amount(amount) + " " + currency;
        };
    }

    /** A quantity or rate with grouping and only the decimals it has: {@code 18,000}, {@code 17.2345}. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(ES_MX));
        f.setParseBigDecimal(true);
        return f.format(value);
    }
}
