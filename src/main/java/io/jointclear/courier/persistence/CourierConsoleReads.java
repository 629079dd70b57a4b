package io.jointclear.courier.persistence;

import io.jointclear.courier.CourierOverview.BandRevenue;
import io.jointclear.courier.CourierOverview.FlagKind;
import io.jointclear.courier.CourierOverview.ManifestRow;
import io.jointclear.courier.CourierOverview.RejectionRow;
import io.jointclear.courier.detection.Flag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The console's reads of manifests, their flags and the period's figures: each one query, aggregated in SQL. */
@Repository
public class CourierConsoleReads {

    private static final TypeReference<List<Flag>> FLAGS = new TypeReference<>() {
    };
    private static final String ROW = """
            SELECT id, courier_id, manifest_date, direction, customs_office, accepted, rejected, flagged,
                   (totals ->> 'declaredValueUsd')::numeric FROM courier.manifest m""";
    private static final RowMapper<ManifestRow> ROWS = (rs, n) -> new ManifestRow(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getLong(8),
            rs.getBigDecimal(9));

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CourierConsoleReads(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A flagged consignment as stored, with the largest tax at stake of its flags. */
    public record FlaggedRow(String guide, String consignee, String origin, BigDecimal valueUsd, String rateBand,
                             BigDecimal taxAtStakeUsd, List<Flag> flags, String lane, String selectionReasons, String decision) {
    }

    public Optional<ManifestRow> manifest(UUID id) {
        return jdbc.query(ROW + " WHERE id = ?", ROWS, id).stream().findFirst();
    }

    /** Newest first; a courier's own when {@code courierId} is given, else every courier's dated in from–to. */
    public List<ManifestRow> manifests(String courierId, LocalDate from, LocalDate to, int limit) {
        if (courierId != null) {
            return jdbc.query(ROW + " WHERE courier_id = ? ORDER BY received_at DESC LIMIT ?", ROWS, courierId, limit);
        }
        return jdbc.query(ROW + " WHERE manifest_date BETWEEN ? AND ? ORDER BY received_at DESC LIMIT ?", ROWS, from, to, limit);
    }

    /** The refused consignments as the answer told the courier. */
    public List<RejectionRow> rejections(UUID id) {
        byte[] answer = jdbc.queryForObject("SELECT answer FROM courier.manifest WHERE id = ?", byte[].class, id);
        List<RejectionRow> out = new ArrayList<>();
        if (answer == null) {
            return out;
        }
        for (JsonNode r : json.readTree(answer).path("rejected")) {
            List<String> errors = new ArrayList<>();
            r.path("errors").forEach(e -> errors.add(e.path("field").asString() + ": " + e.path("message").asString()));
            out.add(new RejectionRow(r.path("index").asInt(), r.path("guide").asString(null), errors));
        }
        return out;
    }

    /** Flags of the manifest by kind with the tax at stake each adds up to; the largest first. */
    public List<FlagKind> flagKinds(UUID id) {
        return jdbc.query("""
                SELECT f ->> 'code', count(*), coalesce(sum((f -> 'taxAtStake' ->> 'amountUsd')::numeric), 0),
                       coalesce(sum((f -> 'taxAtStake' ->> 'amountMxn')::numeric), 0)
                  FROM courier.consignment c, jsonb_array_elements(c.flags) f
                 WHERE c.manifest_id = ? AND c.flags <> '[]'::jsonb
                 GROUP BY 1 ORDER BY 3 DESC, 2 DESC""", (rs, n) -> new FlagKind(rs.getString(1), rs.getLong(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4)), id);
    }

    /** The manifest's tax at stake, USD and MXN: each flagged consignment's largest once (kinds overlap). */
    public BigDecimal[] taxAtStake(UUID id) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(s.usd), 0), coalesce(sum(s.mxn), 0)
                  FROM courier.consignment c
                  CROSS JOIN LATERAL (SELECT max((f -> 'taxAtStake' ->> 'amountUsd')::numeric) AS usd,
                                             max((f -> 'taxAtStake' ->> 'amountMxn')::numeric) AS mxn
                                        FROM jsonb_array_elements(c.flags) f) s
                 WHERE c.manifest_id = ? AND c.flags <> '[]'::jsonb""", (rs, n) -> new BigDecimal[] {rs.getBigDecimal(1),
                rs.getBigDecimal(2)}, id);
    }

    /**
     * The flagged consignments, those the risk engine selected for inspection (lane RED; every flagged one for manifests
     * filed before selection went through it) or those it did not: the largest tax at stake, then the most flags.
     */
    public List<FlaggedRow> flagged(UUID id, boolean selected, int limit) {
        return jdbc.query("""
                SELECT guide, consignee_name, origin, value_usd, rate_band, s.stake, flags, lane, selection_reasons, decision
                  FROM courier.consignment c
                  CROSS JOIN LATERAL (SELECT max((f -> 'taxAtStake' ->> 'amountUsd')::numeric) AS stake
                                        FROM jsonb_array_elements(c.flags) f) s
                 WHERE c.manifest_id = ? AND c.flags <> '[]'::jsonb AND (coalesce(c.lane, 'RED') = 'RED') = ?
                 ORDER BY s.stake DESC NULLS LAST, jsonb_array_length(c.flags) DESC, c.idx LIMIT ?""",
                (rs, n) -> new FlaggedRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                        rs.getBigDecimal(6), json.readValue(rs.getString(7), FLAGS), rs.getString(8), rs.getString(9),
                        rs.getString(10)), id, selected, limit);
    }

    /**
     * Per courier, over manifests dated in the period: consignments with a decision after inspection (RELEASE, HOLD or
     * REQUIRE_REGULAR_PEDIMENTO, any officer) and those whose latest such decision found something.
     */
    public java.util.Map<String, long[]> inspections(LocalDate from, LocalDate to) {
        java.util.Map<String, long[]> out = new java.util.HashMap<>();
        jdbc.query("""
                SELECT m.courier_id, count(*), count(*) FILTER (WHERE d.hit)
                  FROM courier.manifest m
                  JOIN LATERAL (SELECT DISTINCT ON (guide) guide, hit FROM courier.decision
                                 WHERE manifest_id = m.id AND hit IS NOT NULL ORDER BY guide, id DESC) d ON true
                 WHERE m.manifest_date BETWEEN ? AND ? GROUP BY 1""", rs -> {
            out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }, from, to);
        return out;
    }

    /** Manifests and consignments dated in the period. */
    public long[] counts(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("SELECT count(*), coalesce(sum(accepted), 0) FROM courier.manifest WHERE manifest_date BETWEEN ? AND ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, from, to);
    }

    /** Per rate band: consignments, declared value and the taxes collected in USD (global rate, US duties). */
    public List<BandRevenue> revenueByBand(LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT c.rate_band, count(*), sum(c.value_usd),
                       coalesce(sum((SELECT sum((t ->> 'amount')::numeric) FROM json_array_elements(c.taxes) t
                                      WHERE t ->> 'currency' = 'USD')), 0)
                  FROM courier.manifest m JOIN courier.consignment c ON c.manifest_id = m.id
                 WHERE m.manifest_date BETWEEN ? AND ?
                 GROUP BY c.rate_band ORDER BY 4 DESC""", (rs, n) -> new BandRevenue(rs.getString(1), rs.getLong(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4)), from, to);
    }
}
