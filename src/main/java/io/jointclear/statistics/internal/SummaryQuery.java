package io.jointclear.statistics.internal;

import io.jointclear.statistics.StatisticsSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts and processing-time percentiles over the crossing facts of a period. */
@Component
public class SummaryQuery {

    private static final String FIGURES = """
            count(*) AS crossings,
            count(arrived_at) AS arrived,
            count(*) FILTER (WHERE inspection_scheduled) AS inspections,
            count(released_at) AS releases,
            count(*) FILTER (WHERE held) AS holds,
            count(*) FILTER (WHERE seized) AS seizures,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM released_at - arrived_at) / 60)
                FILTER (WHERE released_at IS NOT NULL AND arrived_at IS NOT NULL) AS p50,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM released_at - arrived_at) / 60)
                FILTER (WHERE released_at IS NOT NULL AND arrived_at IS NOT NULL) AS p90
            """;

    private final JdbcTemplate jdbc;

    SummaryQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public StatisticsSummary summary(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        StatisticsSummary.Figures total = jdbc.queryForObject("SELECT " + FIGURES
                + " FROM statistics.crossing_fact WHERE filed_at >= ? AND filed_at < ?", (rs, i) -> figures(rs), start, end);
        List<StatisticsSummary.PortPairFigures> byPair = jdbc.query("SELECT mx_customs_office, us_port, " + FIGURES
                        + " FROM statistics.crossing_fact WHERE filed_at >= ? AND filed_at < ? GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2",
                (rs, i) -> new StatisticsSummary.PortPairFigures(rs.getString(1), rs.getString(2), figures(rs)), start, end);
        return new StatisticsSummary(from, to, total, byPair);
    }

    private static StatisticsSummary.Figures figures(ResultSet rs) throws SQLException {
        return new StatisticsSummary.Figures(rs.getLong("crossings"), rs.getLong("arrived"), rs.getLong("inspections"),
                rs.getLong("releases"), rs.getLong("holds"), rs.getLong("seizures"), minutes(rs, "p50"), minutes(rs, "p90"));
    }

    private static BigDecimal minutes(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
