package io.jointclear.statistics.internal;

import io.jointclear.statistics.DashboardFigures;
import io.jointclear.statistics.Dashboards;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The dashboard's aggregations over {@code statistics.crossing_fact}, one SQL statement per chart. */
@Component
class DashboardQuery implements Dashboards {

    /** Arrival-to-release buckets in minutes; the last is open-ended. */
    static final int[] BUCKETS = {0, 15, 30, 60, 120, 240, 480};

    private final JdbcTemplate jdbc;
    private final SummaryQuery summary;

    DashboardQuery(JdbcTemplate jdbc, SummaryQuery summary) {
        this.jdbc = jdbc;
        this.summary = summary;
    }

    @Override
    public DashboardFigures figures(LocalDate from, LocalDate to) {
        Timestamp start = start(from);
        Timestamp end = start(to.plusDays(1));
        var lanes = jdbc.query("""
                SELECT 'MX' AS authority, lane_mx AS lane, count(*) FROM statistics.crossing_fact
                 WHERE filed_at >= ? AND filed_at < ? AND lane_mx IS NOT NULL GROUP BY lane_mx
                UNION ALL
                SELECT 'US', lane_us, count(*) FROM statistics.crossing_fact
                 WHERE filed_at >= ? AND filed_at < ? AND lane_us IS NOT NULL GROUP BY lane_us
                ORDER BY 1, 2
                """, (rs, i) -> new DashboardFigures.LaneCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                start, end, start, end);
        List<Long> counts = jdbc.queryForList("""
                SELECT width_bucket(extract(epoch FROM released_at - arrived_at) / 60, ?::float8[]) AS b, count(*)
                  FROM statistics.crossing_fact
                 WHERE filed_at >= ? AND filed_at < ? AND released_at IS NOT NULL AND arrived_at IS NOT NULL
                 GROUP BY 1 ORDER BY 1
                """, bucketsArray(), start, end).stream()
                .collect(ArrayList::new, (list, row) -> {
                    int b = ((Number) row.get("b")).intValue();
                    while (list.size() < BUCKETS.length) {
                        list.add(0L);
                    }
                    int index = Math.clamp(b - 1, 0, BUCKETS.length - 1);
                    list.set(index, list.get(index) + ((Number) row.get("count")).longValue());
                }, ArrayList::addAll);
        List<DashboardFigures.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            buckets.add(new DashboardFigures.Bucket(BUCKETS[i], i + 1 < BUCKETS.length ? BUCKETS[i + 1] : null,
                    i < counts.size() ? counts.get(i) : 0L));
        }
        var byTax = jdbc.query("""
                SELECT t.key, sum(t.value::numeric) FROM statistics.crossing_fact f, jsonb_each_text(f.assessed) t
                 WHERE f.filed_at >= ? AND f.filed_at < ? AND f.assessed IS NOT NULL
                 GROUP BY t.key ORDER BY t.key
                """, (rs, i) -> new DashboardFigures.TaxAmount(rs.getString(1), rs.getBigDecimal(2)), start, end);
        var byPair = jdbc.query("""
                SELECT f.mx_customs_office, f.us_port,
                       coalesce(sum(t.value::numeric) FILTER (WHERE t.key LIKE 'MX.%'), 0),
                       coalesce(sum(t.value::numeric) FILTER (WHERE t.key LIKE 'US.%'), 0),
                       count(DISTINCT f.crossing_id)
                  FROM statistics.crossing_fact f LEFT JOIN LATERAL jsonb_each_text(f.assessed) t ON true
                 WHERE f.filed_at >= ? AND f.filed_at < ?
                 GROUP BY 1, 2 ORDER BY 5 DESC, 1, 2
                """, (rs, i) -> new DashboardFigures.PairAmount(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getLong(5)), start, end);
        var byChapter = jdbc.query("""
                SELECT c.chapter, coalesce(sum(c.mx), 0), coalesce(sum(c.us), 0), coalesce(sum(c.value_usd), 0), count(*)
                  FROM (SELECT split_part(f.hs_chapters, ',', 1) AS chapter, f.value_usd,
                               (SELECT sum(t.value::numeric) FROM jsonb_each_text(f.assessed) t WHERE t.key LIKE 'MX.%') AS mx,
                               (SELECT sum(t.value::numeric) FROM jsonb_each_text(f.assessed) t WHERE t.key LIKE 'US.%') AS us
                          FROM statistics.crossing_fact f
                         WHERE f.filed_at >= ? AND f.filed_at < ? AND coalesce(f.hs_chapters, '') <> '') c
                 GROUP BY 1 ORDER BY 4 DESC, 1
                """, (rs, i) -> new DashboardFigures.ChapterAmount(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getLong(5)), start, end);
        return new DashboardFigures(from, to, summary.summary(from, to).total(), lanes, buckets, byTax, byPair, byChapter);
    }

    @Override
    public List<DashboardFigures.DayCount> perDay(LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT d::date, count(f.crossing_id), count(f.released_at)
                  FROM generate_series(?::date, ?::date, interval '1 day') d
                  LEFT JOIN statistics.crossing_fact f
                    ON f.filed_at >= (d::date)::timestamp AT TIME ZONE 'UTC'
                   AND f.filed_at < (d::date + 1)::timestamp AT TIME ZONE 'UTC'
                 GROUP BY 1 ORDER BY 1
                """, (rs, i) -> new DashboardFigures.DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)),
                from, to);
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String bucketsArray() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < BUCKETS.length; i++) {
            b.append(i == 0 ? "" : ",").append(BUCKETS[i]);
        }
        return b.append('}').toString();
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
