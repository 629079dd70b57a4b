package io.jointclear.reference.fx;

import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.ReferenceDataProblem;
import io.jointclear.reference.ReferenceImports;
import io.jointclear.reference.loading.ReferenceDataLoaded;
import io.jointclear.shared.CacheInvalidation;
import io.jointclear.shared.ReloadableCache;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers which USD/MXN rate governs a date, from an in-memory {@link FixSeries} built from the
 * database (so lookups in the assessment hot path cost a tree search, not a query), and takes
 * administrators' imports of newer FIX rates.
 */
@Service
class ExchangeRateService implements ExchangeRates, ReloadableCache {

    /** Cluster-wide cache name: an import on any instance reloads the series on all. */
    public static final String CACHE = "reference.fx";

    /** The source named by a demonstration rate: never a Banxico publication. */
    static final String DEMO_SOURCE = ReferenceImports.DEMO_SOURCE + " — demonstration rate (demo profile), not published by Banco de México";

    private final JdbcTemplate jdbc;
    private final CacheInvalidation caches;
    private volatile FixSeries series;
    /** Determination dates of demonstration rates (demo profile only): their source says so. */
    private volatile Set<LocalDate> demoDates = Set.of();

    ExchangeRateService(JdbcTemplate jdbc, CacheInvalidation caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    @Override
    public String cacheName() {
        return CACHE;
    }

    @Override
    public void reload() {
        refresh();
    }

    /** A start-up that loaded a new release of the data tells the instances already running. */
    @EventListener
    void announce(ReferenceDataLoaded loaded) {
        if (loaded.datasetsLoaded() > 0) {
            caches.invalidateEverywhere(CACHE);
        }
    }


    @EventListener(ReferenceDataLoaded.class)
    void refresh() {
        List<Fix> fixes = jdbc.query("SELECT determination_date, rate FROM reference.fx_usd_mxn",
                (rs, i) -> new Fix(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)));
        demoDates = Set.copyOf(jdbc.queryForList("SELECT determination_date FROM reference.fx_usd_mxn WHERE origin = ?",
                java.sql.Date.class, ReferenceImports.DEMO_ORIGIN).stream().map(Date::toLocalDate).toList());
        series = fixes.isEmpty() ? null : FixSeries.of(fixes);
    }

    @Override
    public GoverningExchangeRate usdMxn(LocalDate date) {
        FixSeries current = series;
        if (current == null) {
            throw ReferenceDataProblem.dateOutsideData(FixSeries.DATASET, date, null, null);
        }
        GoverningExchangeRate g = current.governing(date);
        if (!demoDates.contains(g.determinationDate())) {
            return g;
        }
        return new GoverningExchangeRate(g.base(), g.quote(), g.date(), g.rate(), g.determinationDate(), g.publicationDate(),
                DEMO_SOURCE, g.legalBasis());
    }

    /** Whether any demonstration rate is loaded. */
    boolean holdsDemoRates() {
        return !demoDates.isEmpty();
    }

    /** The dates the loaded series can answer for. */
    Coverage coverage() {
        FixSeries current = series;
        return current == null ? new Coverage(null, null, 0)
                : new Coverage(current.firstCoveredDate(), current.lastCoveredDate(), current.size());
    }

    /**
     * Adds FIX rates from a {@code date,mxn_per_usd_fix} CSV. A rate already stored with the same value
     * is accepted again (the import is idempotent); a different value for a stored date is rejected,
     * because a published FIX never changes. All or nothing.
     */
    @Transactional
    ImportResult importCsv(String csv) {
        return importCsv(csv, "import");
    }

    /** The same import, with the origin recorded on the new rows ({@code import}, or {@code demo} in the demo profile). */
    @Transactional
    ImportResult importCsv(String csv, String origin) {
        List<Fix> fixes;
        try {
            fixes = FixCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "MALFORMED_CSV", "Malformed CSV", e.getMessage(),
                    List.of(new FieldViolation("body", "MALFORMED_CSV", e.getMessage())));
        }
        // One import at a time across all instances: publication dates depend on the neighbouring rows.
        jdbc.execute("LOCK TABLE reference.fx_usd_mxn IN SHARE ROW EXCLUSIVE MODE");
        Map<LocalDate, BigDecimal> stored = new TreeMap<>();
        Map<LocalDate, LocalDate> storedPublication = new TreeMap<>();
        jdbc.query("SELECT determination_date, rate, publication_date FROM reference.fx_usd_mxn", rs -> {
            stored.put(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2));
            storedPublication.put(rs.getDate(1).toLocalDate(), rs.getDate(3).toLocalDate());
        });
        List<FieldViolation> conflicts = new ArrayList<>();
        Map<LocalDate, BigDecimal> added = new TreeMap<>();
        MexicanBankingCalendar calendar = new MexicanBankingCalendar();
        for (int i = 0; i < fixes.size(); i++) {
            Fix fix = fixes.get(i);
            String field = "line[" + (i + 2) + "]";
            BigDecimal rate;
            try {
                rate = FixRates.published(fix.mxnPerUsd());
            } catch (IllegalArgumentException e) {
                conflicts.add(new FieldViolation(field, "NOT_A_FIX", e.getMessage()));
                continue;
            }
            BigDecimal existing = stored.get(fix.determinationDate());
            if (!calendar.isBankingDay(fix.determinationDate())) {
                conflicts.add(new FieldViolation(field, "NOT_A_BANKING_DAY",
                        fix.determinationDate() + " is not a Mexican banking day: no FIX is determined on it"));
            } else if (existing != null && existing.compareTo(rate) != 0) {
                conflicts.add(new FieldViolation(field, "FIX_ALREADY_PUBLISHED", "the FIX of "
                        + fix.determinationDate() + " is stored as " + existing + ", not " + rate));
            } else if (existing == null && added.put(fix.determinationDate(), rate) != null) {
                conflicts.add(new FieldViolation(field, "DUPLICATE_DATE", fix.determinationDate() + " appears twice"));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(422, "FIX_IMPORT_REJECTED", "FIX import rejected",
                    conflicts.size() + " row(s) violate the rules; nothing was stored", conflicts);
        }
        stored.putAll(added);
        FixSeries next = FixSeries.of(stored.entrySet().stream().map(e -> new Fix(e.getKey(), e.getValue())).toList());
        jdbc.batchUpdate("""
                INSERT INTO reference.fx_usd_mxn (determination_date, rate, publication_date, origin)
                VALUES (?, ?, ?, ?)
                """, added.entrySet().stream().map(e -> new Object[] {Date.valueOf(e.getKey()), e.getValue(),
                Date.valueOf(next.publicationDate(e.getKey()).orElseThrow()), origin}).toList());
        // A formerly last row had its publication date from the calendar; now the next row decides it.
        jdbc.batchUpdate("UPDATE reference.fx_usd_mxn SET publication_date = ? WHERE determination_date = ?",
                storedPublication.entrySet().stream()
                        .filter(e -> !next.publicationDate(e.getKey()).orElseThrow().equals(e.getValue()))
                        .map(e -> new Object[] {Date.valueOf(next.publicationDate(e.getKey()).orElseThrow()),
                                Date.valueOf(e.getKey())}).toList());
        series = next;
        if (!added.isEmpty()) {
            caches.invalidateEverywhere(CACHE);
        }
        if (ReferenceImports.DEMO_ORIGIN.equals(origin) && !added.isEmpty()) {
            Set<LocalDate> demo = new java.util.HashSet<>(demoDates);
            demo.addAll(added.keySet());
            demoDates = Set.copyOf(demo);
        }
        return new ImportResult(fixes.size(), added.size(), fixes.size() - added.size());
    }

    record Coverage(LocalDate firstCoveredDate, LocalDate lastCoveredDate, int rates) {
    }

    record ImportResult(int read, int stored, int alreadyPresent) {
    }
}
