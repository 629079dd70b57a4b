package io.jointclear.reference.htsus;

import io.jointclear.reference.HtsRevision;
import io.jointclear.reference.ReferenceDataProblem;
import io.jointclear.reference.UsTariffHistory;
import io.jointclear.reference.UsTariffLineVersion;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The HTSUS history read from {@code reference.us_tariff_line} and {@code reference.us_hts_revision}. */
@Service
class JdbcUsTariffHistory implements UsTariffHistory {

    private static final String COLUMNS = """
            SELECT tariff_code, revision, valid_from, valid_to, description, tariff_units, general_text, special_text,
                   column2_text, additional_duties, quota_quantity, chapter99, footnotes::text
            FROM reference.us_tariff_line
            """;
    private static final String IN_FORCE = " AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)";
    private static final String CITES_99 = " NOT chapter99 AND footnotes::text LIKE '%99__.__.__%'";

    private final JdbcTemplate jdbc;

    JdbcUsTariffHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HtsRevision> revisions() {
        return jdbc.query("""
                SELECT revision, valid_from, lead(valid_from) OVER (ORDER BY valid_from) - 1, published, origin,
                       lines, added, changed, removed, chapter99_changes::text
                FROM reference.us_hts_revision ORDER BY valid_from
                """, (rs, i) -> new HtsRevision(rs.getString(1), rs.getDate(2).toLocalDate(),
                Optional.ofNullable(date(rs.getDate(3))), Optional.ofNullable(date(rs.getDate(4))), rs.getString(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), Chapter99Changes.read(rs.getString(10))));
    }

    @Override
    public HtsRevision revisionAt(LocalDate date) {
        List<HtsRevision> all = revisions();
        checkCovered(all, date);
        return all.stream().filter(r -> !r.validFrom().isAfter(date)).reduce((a, b) -> b).orElseThrow();
    }

    @Override
    public List<UsTariffLineVersion> versions(String tariffCode) {
        return jdbc.query(COLUMNS + " WHERE tariff_code = ? ORDER BY valid_from", JdbcUsTariffHistory::version, tariffCode);
    }

    @Override
    public List<UsTariffLineVersion> chapter99Lines(LocalDate date) {
        checkCovered(revisions(), date);
        return jdbc.query(COLUMNS + " WHERE chapter99" + IN_FORCE + " ORDER BY tariff_code", JdbcUsTariffHistory::version,
                java.sql.Date.valueOf(date), java.sql.Date.valueOf(date));
    }

    @Override
    public List<UsTariffLineVersion> linesCitingChapter99(LocalDate date) {
        checkCovered(revisions(), date);
        return jdbc.query(COLUMNS + " WHERE" + CITES_99 + IN_FORCE + " ORDER BY tariff_code", JdbcUsTariffHistory::version,
                        java.sql.Date.valueOf(date), java.sql.Date.valueOf(date))
                .stream().filter(v -> !v.citedChapter99Provisions().isEmpty()).toList();
    }

    @Override
    public List<UsTariffLineVersion> chapter99Versions() {
        return jdbc.query(COLUMNS + " WHERE chapter99 ORDER BY tariff_code, valid_from", JdbcUsTariffHistory::version);
    }

    @Override
    public List<UsTariffLineVersion> versionsCitingChapter99() {
        return jdbc.query(COLUMNS + " WHERE" + CITES_99 + " ORDER BY tariff_code, valid_from", JdbcUsTariffHistory::version)
                .stream().filter(v -> !v.citedChapter99Provisions().isEmpty()).toList();
    }

    private static void checkCovered(List<HtsRevision> revisions, LocalDate date) {
        if (revisions.isEmpty() || date.isBefore(revisions.getFirst().validFrom())) {
            throw ReferenceDataProblem.dateOutsideData("US tariff history", date,
                    revisions.isEmpty() ? null : revisions.getFirst().validFrom(), null);
        }
    }

    private static UsTariffLineVersion version(ResultSet rs, int row) throws SQLException {
        return new UsTariffLineVersion(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                Optional.ofNullable(date(rs.getDate(4))), rs.getString(5), texts(rs.getArray(6)), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                HtsVersionStore.footnotes(rs.getString(13)));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
