package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.declaration.CrossCheckFinding;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.risk.Selection;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Crossings in schema {@code clearance}, saved under optimistic locking. */
@Repository
class CrossingStore {

    private static final TypeReference<List<CrossCheckFinding>> FINDINGS = new TypeReference<>() { };
    private static final TypeReference<List<FieldViolation>> VIOLATIONS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CrossingStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts new crossings with their declarations: two statements for the whole list.
     *
     * @param documentJson per crossing, its declarations' documents as JSON text, in declaration order
     */
    void insertAll(List<Crossing> crossings, Map<UUID, List<String>> documentJson) {
        if (crossings.isEmpty()) {
            return;
        }
        int n = crossings.size();
        String[][] c = new String[14][n];
        String[][] d = new String[8][crossings.stream().mapToInt(x -> x.declarations.size()).sum()];
        int row = 0;
        for (int i = 0; i < n; i++) {
            Crossing x = crossings.get(i);
            c[0][i] = x.id.toString();
            c[1][i] = x.status.name();
            c[2][i] = x.direction;
            c[3][i] = x.mxCustomsOffice;
            c[4][i] = x.usPort;
            c[5][i] = x.expectedArrival == null ? null : x.expectedArrival.toString();
            c[6][i] = write(x.carrier);
            c[7][i] = write(x.conveyance);
            c[8][i] = write(x.driver);
            c[9][i] = x.filedBy;
            c[10][i] = Long.toString(x.version);
            c[11][i] = write(x.crossCheck);
            c[12][i] = x.filedAt.toString();
            c[13][i] = x.agency;
            List<String> documents = documentJson.get(x.id);
            for (int k = 0; k < x.declarations.size(); k++, row++) {
                StoredDeclaration sd = x.declarations.get(k);
                d[0][row] = c[0][i];
                d[1][row] = sd.document().authority().name();
                d[2][row] = sd.document().number();
                d[3][row] = documents == null ? write(sd.document()) : documents.get(k);
                d[4][row] = sd.status();
                d[5][row] = sd.assessment() == null ? null : write(sd.assessment());
                d[6][row] = write(sd.pending());
                d[7][row] = sd.assessedAt() == null ? null : sd.assessedAt().toString();
            }
        }
        jdbc.update("""
                INSERT INTO clearance.crossing (id, status, direction, mx_customs_office, us_port, expected_arrival,
                    carrier, conveyance, driver, filed_by, version, cross_check, filed_at, agency)
                SELECT u.id::uuid, u.status, u.direction, u.mx, u.us, u.expected::timestamptz, u.carrier::jsonb,
                       u.conveyance::jsonb, u.driver::jsonb, u.filed_by, u.version::bigint, u.cross_check::jsonb,
                       u.filed_at::timestamptz, u.agency
                  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                              ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                       AS u(id, status, direction, mx, us, expected, carrier, conveyance, driver, filed_by, version,
                            cross_check, filed_at, agency)
                """, ps -> setArrays(ps, c));
        jdbc.update("""
                INSERT INTO clearance.crossing_declaration (crossing_id, authority, number, document, assessment_status,
                    assessment, assessment_pending, assessed_at)
                SELECT u.crossing::uuid, u.authority, u.number, u.document::jsonb, u.status, u.assessment::jsonb,
                       u.pending::jsonb, u.assessed::timestamptz
                  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                       AS u(crossing, authority, number, document, status, assessment, pending, assessed)
                """, ps -> setArrays(ps, d));
    }

    /** Binds each column as a text[] parameter, in order. */
    static void setArrays(java.sql.PreparedStatement ps, String[][] columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            ps.setArray(i + 1, ps.getConnection().createArrayOf("text", columns[i]));
        }
    }

    /**
     * Saves the crossing if nobody changed it since it was read; otherwise a 409 the caller may retry.
     *
     * @param declarationsChanged whether the declarations were replaced (amendment, re-assessment)
     * @param decisionsBefore     how many decisions were stored when the crossing was read
     */
    void update(Crossing c, boolean declarationsChanged, int decisionsBefore) {
        int updated = jdbc.update("""
                UPDATE clearance.crossing SET status = ?, direction = ?, mx_customs_office = ?, us_port = ?,
                    expected_arrival = ?, carrier = ?::jsonb, conveyance = ?::jsonb, driver = ?::jsonb, cross_check = ?::jsonb,
                    selection = ?::jsonb, lane_mx = ?, lane_us = ?, inspection_required = ?, amended_at = ?, arrived_at = ?,
                    selected_at = ?, inspection_started_at = ?, inspection_ended_at = ?, mx_decided_at = ?, us_decided_at = ?,
                    released_at = ?, inspection_mx_joined_at = ?, inspection_us_joined_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, c.status.name(), c.direction, c.mxCustomsOffice, c.usPort, ts(c.expectedArrival), write(c.carrier),
                write(c.conveyance), write(c.driver), write(c.crossCheck), c.selection == null ? null : write(c.selection),
                lane(c, Authority.MX), lane(c, Authority.US), c.inspectionRequired, ts(c.amendedAt), ts(c.arrivedAt),
                ts(c.selectedAt), ts(c.inspectionStartedAt), ts(c.inspectionEndedAt), ts(c.mxDecidedAt), ts(c.usDecidedAt),
                ts(c.releasedAt), ts(c.inspectionMxJoinedAt), ts(c.inspectionUsJoinedAt), c.id, c.version);
        if (updated == 0) {
            throw new ConcurrentChange(c.id);
        }
        c.version++;
        if (declarationsChanged) {
            jdbc.update("DELETE FROM clearance.crossing_declaration WHERE crossing_id = ?", c.id);
            insertDeclarations(c);
        }
        for (Crossing.DecisionRecord d : c.decisions.subList(decisionsBefore, c.decisions.size())) {
            jdbc.update("""
                    INSERT INTO clearance.decision (crossing_id, authority, decision, officer, notes, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, c.id, d.authority().name(), d.decision().name(), d.officer(), d.notes(), ts(d.decidedAt()));
        }
    }

    Optional<Crossing> find(UUID id) {
        List<Crossing> found = jdbc.query("SELECT * FROM clearance.crossing WHERE id = ?", (rs, i) -> crossing(rs), id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Crossing c = found.getFirst();
        loadChildren(List.of(c));
        return Optional.of(c);
    }

    /**
     * Crossings newest first, within what the caller may see.
     *
     * @param agency  only this agency's crossings (a broker's), or null
     * @param carrier only the crossings of the carrier with this SCAC (a carrier's), or null
     */
    List<Crossing> list(String agency, String carrier, CrossingStatus status, String mxCustomsOffice, String usPort, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM clearance.crossing WHERE true");
        List<Object> args = new ArrayList<>();
        if (agency != null) {
            sql.append(" AND agency = ?");
            args.add(agency);
        }
        if (carrier != null) {
            sql.append(" AND carrier ->> 'scac' = ?");
            args.add(carrier);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (mxCustomsOffice != null) {
            sql.append(" AND mx_customs_office = ?");
            args.add(mxCustomsOffice);
        }
        if (usPort != null) {
            sql.append(" AND us_port = ?");
            args.add(usPort);
        }
        sql.append(" ORDER BY filed_at DESC LIMIT ?");
        args.add(limit);
        List<Crossing> crossings = jdbc.query(sql.toString(), (rs, i) -> crossing(rs), args.toArray());
        loadChildren(crossings);
        return crossings;
    }

    /** The users who filed crossings that have no agency yet (filed before agencies were stored, or by an administrator). */
    List<String> filersWithoutAgency() {
        return jdbc.queryForList("SELECT DISTINCT filed_by FROM clearance.crossing WHERE agency IS NULL", String.class);
    }

    /** Gives the crossings this user filed without an agency to {@code agency}; how many. */
    int assignAgency(String filedBy, String agency) {
        return jdbc.update("UPDATE clearance.crossing SET agency = ? WHERE agency IS NULL AND filed_by = ?", agency, filedBy);
    }

    private void insertDeclarations(Crossing c) {
        // one round trip for both declarations
        jdbc.batchUpdate("""
                INSERT INTO clearance.crossing_declaration (crossing_id, authority, number, document, assessment_status,
                    assessment, assessment_pending, assessed_at)
                VALUES (?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?)
                """, c.declarations.stream().map(d -> new Object[] {c.id, d.document().authority().name(),
                d.document().number(), write(d.document()), d.status(), d.assessment() == null ? null : write(d.assessment()),
                write(d.pending()), ts(d.assessedAt())}).toList());
    }

    /** Reads the declarations and decisions of the crossings: two queries, however many crossings. */
    void loadChildren(List<Crossing> crossings) {
        if (crossings.isEmpty()) {
            return;
        }
        Map<UUID, Crossing> byId = new java.util.LinkedHashMap<>();
        crossings.forEach(c -> {
            c.declarations = new ArrayList<>();
            byId.put(c.id, c);
        });
        UUID[] ids = byId.keySet().toArray(UUID[]::new);
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT crossing_id, document::text, assessment_status, assessment::text, assessment_pending::text, assessed_at
                    FROM clearance.crossing_declaration WHERE crossing_id = ANY(?) ORDER BY crossing_id, authority DESC
                    """);
            ps.setArray(1, con.createArrayOf("uuid", ids));
            return ps;
        }, rs -> {
            byId.get(rs.getObject(1, UUID.class)).declarations.add(new StoredDeclaration(
                    json.readValue(rs.getString(2), DeclarationDocument.class), rs.getString(3),
                    rs.getString(4) == null ? null : json.readValue(rs.getString(4), Assessment.class),
                    json.readValue(rs.getString(5), VIOLATIONS), instant(rs.getTimestamp(6))));
        });
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT crossing_id, authority, decision, officer, notes, decided_at FROM clearance.decision
                    WHERE crossing_id = ANY(?) ORDER BY id
                    """);
            ps.setArray(1, con.createArrayOf("uuid", ids));
            return ps;
        }, rs -> {
            byId.get(rs.getObject(1, UUID.class)).decisions.add(new Crossing.DecisionRecord(Authority.valueOf(rs.getString(2)),
                    Decision.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6))));
        });
    }

    Crossing crossing(ResultSet rs) throws SQLException {
        Crossing c = new Crossing(rs.getObject("id", UUID.class), rs.getString("filed_by"), rs.getString("agency"),
                instant(rs.getTimestamp("filed_at")),
                CrossingStatus.valueOf(rs.getString("status")), rs.getLong("version"));
        c.direction = rs.getString("direction");
        c.mxCustomsOffice = rs.getString("mx_customs_office");
        c.usPort = rs.getString("us_port");
        Timestamp expected = rs.getTimestamp("expected_arrival");
        c.expectedArrival = expected == null ? null : expected.toInstant().atOffset(ZoneOffset.UTC);
        c.carrier = json.readValue(rs.getString("carrier"), FileCrossing.Carrier.class);
        c.conveyance = json.readValue(rs.getString("conveyance"), FileCrossing.Conveyance.class);
        c.driver = json.readValue(rs.getString("driver"), FileCrossing.Driver.class);
        c.crossCheck = new ArrayList<>(json.readValue(rs.getString("cross_check"), FINDINGS));
        String selection = rs.getString("selection");
        c.selection = selection == null ? null : json.readValue(selection, Selection.class);
        c.inspectionRequired = rs.getBoolean("inspection_required");
        c.amendedAt = instant(rs.getTimestamp("amended_at"));
        c.arrivedAt = instant(rs.getTimestamp("arrived_at"));
        c.selectedAt = instant(rs.getTimestamp("selected_at"));
        c.inspectionStartedAt = instant(rs.getTimestamp("inspection_started_at"));
        c.inspectionEndedAt = instant(rs.getTimestamp("inspection_ended_at"));
        c.mxDecidedAt = instant(rs.getTimestamp("mx_decided_at"));
        c.usDecidedAt = instant(rs.getTimestamp("us_decided_at"));
        c.releasedAt = instant(rs.getTimestamp("released_at"));
        c.inspectionMxJoinedAt = instant(rs.getTimestamp("inspection_mx_joined_at"));
        c.inspectionUsJoinedAt = instant(rs.getTimestamp("inspection_us_joined_at"));
        return c;
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private static String lane(Crossing c, Authority authority) {
        return c.selection == null ? null : c.selection.laneOf(authority).name();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Timestamp ts(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** Another request changed the crossing after it was read. */
    static final class ConcurrentChange extends ProblemException {
        ConcurrentChange(UUID id) {
            super(409, "CONCURRENT_UPDATE", "Crossing changed meanwhile",
                    "Crossing " + id + " was changed by another request; read it again and retry");
        }
    }
}
