package io.jointclear.reference.fx;

import io.jointclear.reference.ReferenceImports;
import io.jointclear.reference.mxrates.MexicanRateImport;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** {@link ReferenceImports} over the administrators' import services (same checks, same events). */
@Service
class ReferenceImportService implements ReferenceImports {

    private final MexicanRateImport mexicanRates;
    private final ExchangeRateService exchangeRates;
    private final JdbcTemplate jdbc;
    private final MexicanBankingCalendar calendar = new MexicanBankingCalendar();

    ReferenceImportService(MexicanRateImport mexicanRates, ExchangeRateService exchangeRates, JdbcTemplate jdbc) {
        this.mexicanRates = mexicanRates;
        this.exchangeRates = exchangeRates;
        this.jdbc = jdbc;
    }

    @Override
    public Outcome importMexicanRates(String csv, String origin) {
        MexicanRateImport.Result r = mexicanRates.importCsv(new StringReader(csv), origin);
        return new Outcome(r.stored(), r.unchanged(), r.rejections());
    }

    @Override
    public Outcome importFix(String csv, String origin) {
        ExchangeRateService.ImportResult r = exchangeRates.importCsv(csv, origin);
        return new Outcome(r.stored(), r.alreadyPresent(), List.of());
    }

    @Override
    public Optional<StoredFix> lastFix(boolean includeDemo) {
        return jdbc.query("""
                SELECT determination_date, rate, origin FROM reference.fx_usd_mxn WHERE ? OR origin <> ?
                ORDER BY determination_date DESC LIMIT 1
                """, (rs, i) -> new StoredFix(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), DEMO_ORIGIN.equals(rs.getString(3))), includeDemo, DEMO_ORIGIN)
                .stream().findFirst();
    }

    @Override
    public boolean isMexicanBankingDay(LocalDate date) {
        return calendar.isBankingDay(date);
    }

    @Override
    public boolean holdsDemoData() {
        return exchangeRates.holdsDemoRates() || Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM reference.mx_tariff_rate WHERE origin = ?)", Boolean.class, DEMO_ORIGIN));
    }
}
