package io.jointclear.risk.persistence;

import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.selection.SelectionJournal;
import io.jointclear.shared.Authority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The journal of selections and outcomes in {@code risk.selection}; written in the caller's transaction. */
@Repository
class JdbcSelectionJournal implements SelectionJournal {

    /** The crossing attribute naming its port pair (Mexican customs office and US port), a drift segment. */
    static final String PORT_PAIR = io.jointclear.risk.SelectionRequest.PORT_PAIR;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcSelectionJournal(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static final String UPSERT = """
            INSERT INTO risk.selection (crossing_id, authority, declaration, cross_checks, fast_driver, lane, score,
                policy, reasons, selected_at, propensity, pick, port_pair)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (crossing_id, authority) DO UPDATE SET declaration = excluded.declaration,
                cross_checks = excluded.cross_checks, fast_driver = excluded.fast_driver, lane = excluded.lane,
                score = excluded.score, policy = excluded.policy, reasons = excluded.reasons,
                selected_at = excluded.selected_at, propensity = excluded.propensity, pick = excluded.pick,
                port_pair = excluded.port_pair
            """;

    @Override
    public void record(SelectionRequest request, Selection selection, Instant at) {
        for (SelectionRequest.DeclarationFacts d : request.declarations()) {
            jdbc.update(UPSERT, row(request, selection, d, at));
        }
    }

    /** One batched statement for all the rows (a courier manifest's flagged consignments). */
    @Override
    public void recordAll(List<SelectionRequest> requests, List<Selection> selections, Instant at) {
        List<Object[]> rows = new java.util.ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            for (SelectionRequest.DeclarationFacts d : requests.get(i).declarations()) {
                rows.add(row(requests.get(i), selections.get(i), d, at));
            }
        }
        jdbc.batchUpdate(UPSERT, rows);
    }

    private Object[] row(SelectionRequest request, Selection selection, SelectionRequest.DeclarationFacts d, Instant at) {
        Selection.AuthorityLane lane = selection.lanes().get(d.authority());
        return new Object[] {request.crossingId(), d.authority().name(), json.writeValueAsString(d),
                String.join("|", request.crossCheckKinds()), request.fastDriver(), lane.lane().name(), lane.score(),
                selection.policy(), json.writeValueAsString(Map.of("reasons", lane.reasons(), "contributions", lane.contributions())),
                JdbcRuleStore.ts(at), lane.propensity(), pick(lane), request.crossingAttributes().get(PORT_PAIR)};
    }

    @Override
    public Optional<Entry> find(UUID crossingId, Authority authority) {
        return jdbc.query("SELECT * FROM risk.selection WHERE crossing_id = ? AND authority = ?", this::entry,
                crossingId, authority.name()).stream().findFirst();
    }

    @Override
    public Boolean recordOutcome(UUID crossingId, Authority authority, boolean hit, Instant at) {
        List<Boolean> before = jdbc.query("SELECT hit FROM risk.selection WHERE crossing_id = ? AND authority = ? FOR UPDATE",
                (rs, i) -> (Boolean) rs.getObject("hit"), crossingId, authority.name());
        Boolean previous = before.isEmpty() ? null : before.getFirst();
        if (previous == null || (!previous && hit)) {
            jdbc.update("UPDATE risk.selection SET hit = ?, outcome_at = ? WHERE crossing_id = ? AND authority = ?",
                    hit, JdbcRuleStore.ts(at), crossingId, authority.name());
        }
        return previous;
    }

    @Override
    public boolean recordRecovery(UUID crossingId, Authority authority, java.math.BigDecimal amount) {
        return jdbc.update("UPDATE risk.selection SET recovered = greatest(coalesce(recovered, 0), ?) WHERE crossing_id = ? AND authority = ?",
                amount, crossingId, authority.name()) > 0;
    }

    /** How the lane decision picked it for inspection: at random, to explore, on risk, or not at all. */
    static String pick(Selection.AuthorityLane lane) {
        for (Selection.Reason r : lane.reasons()) {
            if ("RANDOM".equals(r.rule()) || "EXPLORATION".equals(r.rule())) {
                return r.rule();
            }
        }
        return lane.lane() == io.jointclear.risk.Lane.RED ? "TARGETED" : "NONE";
    }

    @Override
    public List<Entry> history(Instant from, Instant to) {
        return jdbc.query("SELECT * FROM risk.selection WHERE selected_at >= ? AND selected_at < ? ORDER BY selected_at",
                this::entry, JdbcRuleStore.ts(from), JdbcRuleStore.ts(to));
    }

    /** Reasons and contributions as stored, for the explanation endpoint. */
    String explanation(UUID crossingId, Authority authority) {
        return jdbc.query("SELECT reasons FROM risk.selection WHERE crossing_id = ? AND authority = ?",
                (rs, i) -> rs.getString(1), crossingId, authority.name()).stream().findFirst().orElse(null);
    }

    private Entry entry(ResultSet rs, int row) throws SQLException {
        String checks = rs.getString("cross_checks");
        return new Entry(rs.getObject("crossing_id", UUID.class), Authority.valueOf(rs.getString("authority")),
                json.readValue(rs.getString("declaration"), SelectionRequest.DeclarationFacts.class),
                checks.isEmpty() ? List.of() : Arrays.asList(checks.split("\\|")), rs.getBoolean("fast_driver"),
                rs.getString("lane"), rs.getDouble("score"), JdbcRuleStore.instant(rs.getTimestamp("selected_at")),
                (Boolean) rs.getObject("hit"), (Double) rs.getObject("propensity"), rs.getBigDecimal("recovered"));
    }
}
