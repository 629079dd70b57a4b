package io.jointclear.risk.persistence;

import io.jointclear.risk.Lane;
import io.jointclear.risk.rules.RiskRule;
import io.jointclear.risk.rules.RuleClause;
import io.jointclear.risk.rules.RuleSource;
import io.jointclear.shared.Authority;
import io.jointclear.shared.CacheInvalidation;
import io.jointclear.shared.ReloadableCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rules in {@code risk.rule}, one row per version. Selection reads a cached snapshot of the latest
 * ACTIVE versions, reloaded after every change made through this store (and at most every 30 s, so
 * changes made by other instances are seen too).
 */
@Repository
public class JdbcRuleStore implements RuleSource, ReloadableCache {

    /** Cluster-wide cache name: a rule change on any instance is seen by all within seconds. */
    static final String CACHE = "risk.rules";

    private static final TypeReference<List<RuleClause>> CLAUSES = new TypeReference<>() { };
    private static final long REFRESH_NANOS = 30_000_000_000L;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final CacheInvalidation caches;
    private final AtomicLong changes = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(List<RiskRule> rules, long version, long loadedAt) {
    }

    JdbcRuleStore(JdbcTemplate jdbc, JsonMapper json, CacheInvalidation caches) {
        this.jdbc = jdbc;
        this.json = json;
        this.caches = caches;
    }

    @Override
    public String cacheName() {
        return CACHE;
    }

    /** The next selection reads the rules again. */
    @Override
    public void reload() {
        snapshot = null;
    }

    @Override
    public List<RiskRule> activeRules() {
        return current().rules();
    }

    @Override
    public long ruleSetVersion() {
        return current().version();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > REFRESH_NANOS) {
            List<RiskRule> rules = jdbc.query("""
                    SELECT r.* FROM risk.rule r
                    WHERE r.version = (SELECT max(v.version) FROM risk.rule v WHERE v.rule_id = r.rule_id)
                      AND r.status = 'ACTIVE'
                    ORDER BY r.rule_id
                    """, this::rule);
            Long max = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM risk.rule", Long.class);
            s = new Snapshot(List.copyOf(rules), max == null ? 0 : max, System.nanoTime());
            snapshot = s;
        }
        return s;
    }

    /** Every version of every rule, newest first per rule. */
    public List<RiskRule> all() {
        return jdbc.query("SELECT * FROM risk.rule ORDER BY rule_id, version DESC", this::rule);
    }

    public List<RiskRule> versions(String ruleId) {
        return jdbc.query("SELECT * FROM risk.rule WHERE rule_id = ? ORDER BY version DESC", this::rule, ruleId);
    }

    public Optional<RiskRule> latest(String ruleId) {
        return versions(ruleId).stream().findFirst();
    }

    /** Inserts the rule as a new version row; the caller has numbered it. Returns the row id. */
    public long insert(RiskRule r) {
        Long id = jdbc.queryForObject("""
                INSERT INTO risk.rule (rule_id, version, authority, description, condition, weight, lane, valid_from,
                    valid_to, author, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, r.ruleId(), r.version(), r.authority() == null ? null : r.authority().name(),
                r.description(), json.writeValueAsString(r.when()), r.weight(), r.lane() == null ? null : r.lane().name(),
                ts(r.validFrom()), ts(r.validTo()), r.author(), r.status().name());
        snapshot = null;
        changes.incrementAndGet();
        caches.invalidateEverywhere(CACHE);
        return id == null ? 0 : id;
    }

    private RiskRule rule(ResultSet rs, int row) throws SQLException {
        String authority = rs.getString("authority");
        String lane = rs.getString("lane");
        java.math.BigDecimal weight = rs.getBigDecimal("weight");
        return new RiskRule(rs.getString("rule_id"), rs.getInt("version"), authority == null ? null : Authority.valueOf(authority),
                rs.getString("description"), json.readValue(rs.getString("condition"), CLAUSES),
                weight == null ? null : weight.doubleValue(), lane == null ? null : Lane.valueOf(lane),
                instant(rs.getTimestamp("valid_from")), instant(rs.getTimestamp("valid_to")), rs.getString("author"),
                RiskRule.Status.valueOf(rs.getString("status")));
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
