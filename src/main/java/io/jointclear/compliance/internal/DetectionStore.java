package io.jointclear.compliance.internal;

import io.jointclear.compliance.detection.DeclaredLine;
import io.jointclear.compliance.detection.DescriptionWords;
import io.jointclear.compliance.detection.Evidence;
import io.jointclear.compliance.detection.Finding;
import io.jointclear.compliance.detection.LabelledLine;
import io.jointclear.compliance.detection.Transport;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables of schema {@code compliance}: screened lines, detections, reclassifications, sector-13 padrón. */
@Repository
class DetectionStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DetectionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a screened line once; false when it was already screened (redelivered event, batch re-run). */
    boolean screen(Screened s, boolean flagged, Instant at) {
        DeclaredLine l = s.line();
        return jdbc.sql("""
                INSERT INTO compliance.screened_line (declaration_number, line_number, crossing_id, declaration_date,
                    importer_rfc, description, description_key, declared_code, quantity, unit, value_usd, origin, transport,
                    customs_office, flagged, screened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(s.declarationNumber(), s.lineNumber(), s.crossingId(), l.date(), s.importerRfc(), l.description(),
                        DescriptionWords.normalise(l.description()), l.declaredCode(), l.quantity(), l.unit(), l.valueUsd(),
                        l.origin(), l.transport() == null ? null : l.transport().name(), l.customsOffice(), flagged,
                        Timestamp.from(at))
                .update() == 1;
    }

    void insert(UUID id, Screened s, Finding f, Instant at) {
        DeclaredLine l = s.line();
        jdbc.sql("""
                INSERT INTO compliance.detection (id, declaration_number, line_number, crossing_id, declaration_date,
                    importer_rfc, filer, description, description_key, declared_code, proposed_code, fuel_family, quantity,
                    unit, value_usd, origin, density_kg_l, distill_90_c, sulfur_ppm, importer_sector13, transport,
                    customs_office, litres, score, tax_at_stake_mxn, tax_basis, evidence, detected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                ON CONFLICT (declaration_number, line_number) DO NOTHING""")
                .params(id, s.declarationNumber(), s.lineNumber(), s.crossingId(), l.date(), s.importerRfc(), s.filer(),
                        l.description(), DescriptionWords.normalise(l.description()), l.declaredCode(), f.proposedCode(),
                        f.family().name(), l.quantity(), l.unit(), l.valueUsd(), l.origin(), l.densityKgL(), l.distill90C(),
                        l.sulfurPpm(), l.importerSector13(), l.transport() == null ? null : l.transport().name(),
                        l.customsOffice(), l.litres(f.family()), BigDecimal.valueOf(f.score()).setScale(4, java.math.RoundingMode.HALF_UP),
                        f.taxAtStake() == null ? null : f.taxAtStake().total(),
                        f.taxAtStake() == null ? null : json.writeValueAsString(f.taxAtStake()),
                        json.writeValueAsString(f.evidence()), Timestamp.from(at))
                .update();
    }

    List<StoredDetection> list(String status, int limit) {
        return jdbc.sql("SELECT * FROM compliance.detection WHERE (?::text IS NULL OR status = ?) ORDER BY detected_at DESC, id LIMIT ?")
                .params(status, status, limit).query(this::row).list();
    }

    /** Open and confirmed counts, and the tax at stake detected and confirmed, over every detection. */
    io.jointclear.compliance.DetectionSummary summary() {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE status = 'OPEN') AS open,
                       count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
                       coalesce(sum(tax_at_stake_mxn), 0) AS tax_detected,
                       coalesce(sum(tax_at_stake_mxn) FILTER (WHERE status = 'CONFIRMED'), 0) AS tax_confirmed
                  FROM compliance.detection""")
                .query((rs, n) -> new io.jointclear.compliance.DetectionSummary(rs.getLong("open"), rs.getLong("confirmed"),
                        rs.getBigDecimal("tax_detected"), rs.getBigDecimal("tax_confirmed"), "MXN"))
                .single();
    }

    Optional<StoredDetection> get(UUID id) {
        return jdbc.sql("SELECT * FROM compliance.detection WHERE id = ?").param(id).query(this::row).optional();
    }

    /** Sets the decision if the detection is still open; false when another decision came first. */
    boolean decide(UUID id, String status, String by, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE compliance.detection SET status = ?, decided_by = ?, decision_reason = ?, decided_at = ?
                 WHERE id = ? AND status = 'OPEN'""")
                .params(status, by, reason, Timestamp.from(at), id).update() == 1;
    }

    /** Decided detections as labels: confirmed → the proposed fracción, dismissed → the declared one. */
    List<LabelledLine> labels() {
        return jdbc.sql("SELECT * FROM compliance.detection WHERE status <> 'OPEN' ORDER BY detected_at, id")
                .query(this::row).list().stream()
                .map(d -> new LabelledLine(d.line(), d.status().equals("CONFIRMED") ? d.proposedCode() : d.line().declaredCode()))
                .toList();
    }

    /** Screened lines of the importer with the same description, from–to, not under a fuel fracción. */
    List<Map<String, Object>> sameGoods(String importer, String descriptionKey, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT declaration_number, line_number, declaration_date, declared_code, quantity, unit, crossing_id
                  FROM compliance.screened_line
                 WHERE importer_rfc IS NOT DISTINCT FROM ? AND description_key = ? AND declaration_date BETWEEN ? AND ?
                 ORDER BY declaration_date, declaration_number, line_number""")
                .params(importer, descriptionKey, from, to).query().listOfRows();
    }

    boolean saveReclassification(UUID id, UUID detection, String importer, String key, LocalDate from, LocalDate to,
                                 Object lines, BigDecimal total, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO compliance.reclassification (id, detection_id, importer_rfc, description_key, from_date, to_date,
                    lines, total_mxn, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (detection_id) DO NOTHING""")
                .params(id, detection, importer, key, from, to, json.writeValueAsString(lines), total, by, Timestamp.from(at))
                .update() == 1;
    }

    Optional<Map<String, Object>> reclassification(UUID detection) {
        return jdbc.sql("SELECT id, proposed_by, proposed_at, total_mxn FROM compliance.reclassification WHERE detection_id = ?")
                .param(detection).query().listOfRows().stream().findFirst();
    }

    /** Per month and chapter: detected, confirmed, dismissed, tax at stake detected / confirmed, reclassified lines. */
    List<Map<String, Object>> monthly(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT to_char(d.declaration_date, 'YYYY-MM') AS month, substr(d.declared_code, 1, 2) AS chapter,
                       count(*) AS detected,
                       count(*) FILTER (WHERE d.status = 'CONFIRMED') AS confirmed,
                       count(*) FILTER (WHERE d.status = 'DISMISSED') AS dismissed,
                       coalesce(sum(d.tax_at_stake_mxn), 0) AS tax_detected,
                       coalesce(sum(d.tax_at_stake_mxn) FILTER (WHERE d.status = 'CONFIRMED'), 0) AS tax_confirmed,
                       coalesce(sum(jsonb_array_length(r.lines)), 0) AS reclassified_lines,
                       coalesce(sum(r.total_mxn), 0) AS tax_reclassified
                  FROM compliance.detection d LEFT JOIN compliance.reclassification r ON r.detection_id = d.id
                 WHERE d.declaration_date BETWEEN ? AND ?
                 GROUP BY 1, 2 ORDER BY 1, 2""").params(from, to).query().listOfRows();
    }

    Optional<Boolean> sector13(String rfc) {
        if (rfc == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT registered FROM compliance.sector13_padron WHERE importer_rfc = ?").param(rfc)
                .query(Boolean.class).optional();
    }

    void sector13(String rfc, boolean registered, String source, Instant at) {
        jdbc.sql("""
                INSERT INTO compliance.sector13_padron (importer_rfc, registered, source, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (importer_rfc) DO UPDATE SET registered = excluded.registered, source = excluded.source,
                    updated_at = excluded.updated_at""").params(rfc, registered, source, Timestamp.from(at)).update();
    }

    private StoredDetection row(ResultSet rs, int n) throws SQLException {
        DeclaredLine line = new DeclaredLine(rs.getString("declaration_number") + "/" + rs.getInt("line_number"),
                rs.getObject("declaration_date", LocalDate.class), rs.getString("description"), rs.getString("declared_code"),
                rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getBigDecimal("value_usd"), rs.getString("origin"),
                rs.getBigDecimal("density_kg_l"), rs.getBigDecimal("distill_90_c"), rs.getBigDecimal("sulfur_ppm"),
                (Boolean) rs.getObject("importer_sector13"),
                rs.getString("transport") == null ? null : Transport.valueOf(rs.getString("transport")), rs.getString("customs_office"));
        Timestamp decided = rs.getTimestamp("decided_at");
        List<Evidence> evidence = json.readValue(rs.getString("evidence"), new TypeReference<List<Evidence>>() { });
        return new StoredDetection(rs.getObject("id", UUID.class), rs.getString("declaration_number"), rs.getInt("line_number"),
                rs.getObject("crossing_id", UUID.class), rs.getString("importer_rfc"), rs.getString("filer"), line,
                rs.getString("description_key"), rs.getString("proposed_code"), rs.getString("fuel_family"),
                rs.getBigDecimal("litres"), rs.getBigDecimal("score"), rs.getBigDecimal("tax_at_stake_mxn"), evidence,
                rs.getString("status"), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("decision_reason"), rs.getTimestamp("detected_at").toInstant());
    }
}
