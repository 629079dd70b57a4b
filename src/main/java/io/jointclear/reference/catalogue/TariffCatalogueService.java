package io.jointclear.reference.catalogue;

import io.jointclear.reference.DutyRate;
import io.jointclear.reference.PreferentialRate;
import io.jointclear.reference.ReferenceDataProblem;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.reference.TariffLine;
import io.jointclear.reference.UsTariffChanged;
import io.jointclear.reference.htsus.HtsRateParser;
import io.jointclear.reference.htsus.HtsUnits;
import io.jointclear.reference.htsus.RateParse;
import io.jointclear.reference.loading.ReferenceDataLoaded;
import io.jointclear.reference.tigie.UmtUnits;
import io.jointclear.shared.Authority;
import io.jointclear.shared.CacheInvalidation;
import io.jointclear.shared.ReloadableCache;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import io.jointclear.reference.mxrates.MexicanRatesChanged;

/**
 * Both tariffs held in memory, effective-dated, so an assessment line costs a hash lookup rather than
 * a query. Rebuilt after the start-up load and after every rate import.
 */
@Service
class TariffCatalogueService implements TariffCatalogue, ReloadableCache {

    /** Cluster-wide cache name: a rate or HTSUS import on any instance rebuilds both tariffs on all. */
    public static final String CACHE = "reference.tariff-catalogue";

    private static final Logger log = LoggerFactory.getLogger(TariffCatalogueService.class);
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final JdbcTemplate jdbc;
    private final CacheInvalidation caches;
    private volatile TariffIndex<TariffLine> us = TariffIndex.<TariffLine>builder().build();
    private volatile TariffIndex<MxLine> mxLines = TariffIndex.<MxLine>builder().build();
    private volatile TariffIndex<MxRate> mxRates = TariffIndex.<MxRate>builder().build();

    TariffCatalogueService(JdbcTemplate jdbc, CacheInvalidation caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    @Override
    public String cacheName() {
        return CACHE;
    }

    @Override
    public void reload() {
        refreshAll();
    }

    @EventListener(ReferenceDataLoaded.class)
    void refreshAll() {
        long started = System.nanoTime();
        us = loadUs();
        mxLines = loadMxLines();
        refreshMexicanRates();
        log.info("Tariff catalogue ready: {} US lines, {} MX lines, {} MX rate fracciones ({} ms)",
                us.size(), mxLines.size(), mxRates.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** In the import's own transaction: the other instances hear of it only if it commits. */
    @EventListener({MexicanRatesChanged.class, UsTariffChanged.class})
    void announceImport() {
        caches.invalidateEverywhere(CACHE);
    }

    /** A start-up that loaded a new release of the data tells the instances already running. */
    @EventListener
    void announce(ReferenceDataLoaded loaded) {
        if (loaded.datasetsLoaded() > 0) {
            caches.invalidateEverywhere(CACHE);
        }
    }

    /** After an HTSUS revision import committed, the US lines are read again. */
    @TransactionalEventListener(fallbackExecution = true)
    void onUsTariffChanged(UsTariffChanged changed) {
        us = loadUs();
        log.info("US tariff lines reloaded after revision {}: {} codes", changed.revision(), us.size());
    }

    /** After the import committed: a rolled-back import must not show up in assessments. */
    @TransactionalEventListener(fallbackExecution = true)
    void onRatesChanged(MexicanRatesChanged changed) {
        refreshMexicanRates();
    }

    private void refreshMexicanRates() {
        TariffIndex.Builder<MxRate> rates = TariffIndex.builder();
        jdbc.query("SELECT fraccion, valid_from, valid_to, igi_text, ige_text, source FROM reference.mx_tariff_rate",
                rs -> {
                    rates.add(rs.getString(1), rs.getDate(2).toLocalDate(), date(rs.getDate(3)),
                            new MxRate(MexicanRates.parse(rs.getString(4)), MexicanRates.parse(rs.getString(5)), rs.getString(6)));
                });
        mxRates = rates.build();
    }

    @Override
    public TariffLine line(Authority authority, String tariffCode, LocalDate date) {
        if (tariffCode == null || !TEN_DIGITS.matcher(tariffCode).matches()) {
            throw ReferenceDataProblem.malformedTariffCode(tariffCode);
        }
        return switch (authority) {
            case US -> inForce(us, authority, tariffCode, date).value();
            case MX -> mexican(tariffCode, date);
        };
    }

    private TariffLine mexican(String code, LocalDate date) {
        TariffIndex.Version<MxLine> line = inForce(mxLines, Authority.MX, code, date);
        Optional<MxRate> rate = mxRates.at(code.substring(0, 8), date).map(TariffIndex.Version::value);
        MxLine l = line.value();
        return new TariffLine(Authority.MX, code, l.description(), List.of(l.umtName()), List.of(UmtUnits.rec20(l.umtCode())),
                line.from(), Optional.ofNullable(line.to()),
                rate.flatMap(MxRate::igi), List.of(), Optional.empty(), rate.flatMap(MxRate::ige),
                rate.map(MxRate::source).orElse("IGI/IGE rate not loaded for fracción " + code.substring(0, 8)));
    }

    private static <T> TariffIndex.Version<T> inForce(TariffIndex<T> index, Authority authority, String code, LocalDate date) {
        return index.at(code, date).orElseThrow(() -> {
            if (index.earliest() == null || date.isBefore(index.earliest())) {
                return ReferenceDataProblem.dateOutsideData(authority + " tariff", date, index.earliest(), null);
            }
            List<TariffIndex.Version<T>> versions = index.versions(code);
            if (versions.isEmpty()) {
                return ReferenceDataProblem.unknownTariffCode(authority.name(), code);
            }
            TariffIndex.Version<T> nearest = versions.getLast();
            return ReferenceDataProblem.notInForce(authority.name(), code, date, nearest.from(), nearest.to());
        });
    }

    private TariffIndex<TariffLine> loadUs() {
        TariffIndex.Builder<TariffLine> index = TariffIndex.builder();
        // tens of thousands of versions print a few thousand distinct rate texts: read each once
        Map<String, Optional<DutyRate>> rates = new HashMap<>();
        Map<String, List<PreferentialRate>> specials = new HashMap<>();
        jdbc.query("""
                SELECT tariff_code, edition, valid_from, valid_to, description, tariff_units,
                       general_text, special_text, column2_text
                FROM reference.us_tariff_line ORDER BY tariff_code, valid_from
                """, rs -> {
            List<String> printedUnits = textArray(rs.getArray(6));
            LocalDate from = rs.getDate(3).toLocalDate();
            LocalDate to = date(rs.getDate(4));
            TariffLine line = new TariffLine(Authority.US, rs.getString(1), rs.getString(5), printedUnits,
                    HtsUnits.rec20(printedUnits), from, Optional.ofNullable(to),
                    rates.computeIfAbsent(rs.getString(7), TariffCatalogueService::rate),
                    specials.computeIfAbsent(rs.getString(8), TariffCatalogueService::preferential),
                    rates.computeIfAbsent(rs.getString(9), TariffCatalogueService::rate), Optional.empty(), rs.getString(2));
            index.add(line.tariffCode(), from, to, line);
        });
        return index.build();
    }

    private TariffIndex<MxLine> loadMxLines() {
        TariffIndex.Builder<MxLine> index = TariffIndex.builder();
        jdbc.query("""
                SELECT l.tariff_code, l.valid_from, l.valid_to, l.description, l.umt_code, coalesce(u.name, l.umt_code)
                FROM reference.mx_tariff_line l LEFT JOIN reference.mx_umt u ON u.code = l.umt_code
                """, rs -> {
            index.add(rs.getString(1), rs.getDate(2).toLocalDate(), date(rs.getDate(3)),
                    new MxLine(rs.getString(4), rs.getString(5), rs.getString(6)));
        });
        return index.build();
    }

    /** A rate cell that is not a computable rate is "not loaded" for the engine, never guessed. */
    private static Optional<DutyRate> rate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        RateParse parse = HtsRateParser.parse(text);
        return parse instanceof RateParse.Rate r ? Optional.of(r.rate()) : Optional.empty();
    }

    /** Only complete rates: "No change" (9902) or "See …" groups are not a preference by themselves. */
    private static List<PreferentialRate> preferential(String text) {
        return HtsRateParser.parseSpecial(text).groups().stream()
                .filter(g -> g.rate() instanceof RateParse.Rate)
                .map(g -> new PreferentialRate(((RateParse.Rate) g.rate()).rate(), g.programs()))
                .toList();
    }

    private static List<String> textArray(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record MxLine(String description, String umtCode, String umtName) {
    }

    private record MxRate(Optional<DutyRate> igi, Optional<DutyRate> ige, String source) {
    }
}
