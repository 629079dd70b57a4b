package io.jointclear.reference;

import io.jointclear.shared.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The import paths of reference data for callers inside the platform (the demo profile): Mexican
 * IGI/IGE rates and Banxico FIX rates go through the same checks as an administrator's CSV import.
 * Rows of {@link #DEMO_ORIGIN} are demonstration data: their amounts are flagged wherever they are used.
 */
public interface ReferenceImports {

    /** The {@code source} of every demonstration row (MX rates) and the prefix of a demo exchange rate's source. */
    String DEMO_SOURCE = "DEMO";
    /** The origin of demonstration rows. */
    String DEMO_ORIGIN = "demo";

    /** Imports a {@code fraccion,igi,ige,valid_from,valid_to,source} CSV. */
    Outcome importMexicanRates(String csv, String origin);

    /** Imports a {@code date,mxn_per_usd_fix} CSV (banking days only; a stored FIX never changes). */
    Outcome importFix(String csv, String origin);

    /** The latest stored FIX, if any; with {@code includeDemo} false, the latest real one. */
    Optional<StoredFix> lastFix(boolean includeDemo);

    /** Whether Banco de México determines a FIX on {@code date}. */
    boolean isMexicanBankingDay(LocalDate date);

    /** Whether any demonstration row is loaded (then amounts may depend on demo data). */
    boolean holdsDemoData();

    /** What an import did; rejected rows come back as violations naming line, column and rule. */
    record Outcome(int stored, int unchanged, List<FieldViolation> rejections) {
    }

    /** One stored FIX and whether it is demonstration data. */
    record StoredFix(LocalDate determinationDate, BigDecimal mxnPerUsd, boolean demo) {
    }
}
