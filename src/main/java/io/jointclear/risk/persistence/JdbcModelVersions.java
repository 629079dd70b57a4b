package io.jointclear.risk.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Model versions with the metrics they were measured at, in {@code risk.model_version}. */
@Repository
public class JdbcModelVersions {

    /** One stored model version (the model bytes are not loaded here). */
    public record ModelVersion(long id, String name, int version, String algorithm, long seed, String parameters,
                               String training, String metrics, String trainedBy, Instant trainedAt) {
    }

    private final JdbcTemplate jdbc;

    JdbcModelVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the next version of {@code name}; returns it. */
    public ModelVersion store(String name, String algorithm, long seed, String parameters, String training, String metrics,
                              String trainedBy, Instant at, byte[] model) {
        Integer next = jdbc.queryForObject("SELECT coalesce(max(version), 0) + 1 FROM risk.model_version WHERE name = ?",
                Integer.class, name);
        Long id = jdbc.queryForObject("""
                INSERT INTO risk.model_version (name, version, algorithm, seed, parameters, training, metrics, trained_by,
                    trained_at, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, name, next, algorithm, seed, parameters, training, metrics, trainedBy, JdbcRuleStore.ts(at), model);
        return new ModelVersion(id == null ? 0 : id, name, next == null ? 1 : next, algorithm, seed, parameters, training,
                metrics, trainedBy, at);
    }

    /** The booster bytes and encodings of a stored platform model. */
    public record StoredModel(long id, String name, int version, byte[] model, String encoding) {
    }

    /** Stores the next version of a platform model with its encodings and label count; returns it. */
    public ModelVersion storePlatform(String name, String algorithm, long seed, String parameters, String training,
                                      String metrics, String trainedBy, Instant at, byte[] model, String encoding, int labelled) {
        ModelVersion v = store(name, algorithm, seed, parameters, training, metrics, trainedBy, at, model);
        jdbc.update("UPDATE risk.model_version SET encoding = ?, labelled = ? WHERE id = ?", encoding, labelled, v.id());
        return v;
    }

    /** Makes {@code id} the only active version of its name. */
    public void activate(long id, Instant at) {
        jdbc.update("UPDATE risk.model_version SET active = false WHERE active AND name = (SELECT name FROM risk.model_version WHERE id = ?)", id);
        jdbc.update("UPDATE risk.model_version SET active = true, activated_at = ? WHERE id = ?", JdbcRuleStore.ts(at), id);
    }

    /** No version of {@code name} is active any more; returns how many were. */
    public int deactivate(String name) {
        return jdbc.update("UPDATE risk.model_version SET active = false WHERE active AND name = ?", name);
    }

    public Optional<StoredModel> active(String name) {
        return jdbc.query("""
                SELECT id, name, version, model, encoding FROM risk.model_version
                WHERE active AND name = ? AND model IS NOT NULL AND encoding IS NOT NULL
                """, (rs, i) -> new StoredModel(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
                rs.getBytes("model"), rs.getString("encoding")), name).stream().findFirst();
    }

    /**
     * Takes a transaction-scoped PostgreSQL advisory lock if it is free (released at commit or
     * rollback), so one instance of a cluster retrains while the others skip.
     */
    public boolean tryTransactionLock(long key) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, key));
    }

    /** A champion/challenger decision as stored. */
    public record Challenge(long id, String name, int challengerVersion, Integer championVersion, int weeks, String metrics,
                            String decision, String reason, Instant decidedAt) {
    }

    public void storeChallenge(String name, int challengerVersion, Integer championVersion, int weeks, String metrics,
                               boolean activated, String reason, Instant at) {
        jdbc.update("""
                INSERT INTO risk.model_challenge (name, challenger_version, champion_version, weeks, metrics, decision, reason, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, name, challengerVersion, championVersion, weeks, metrics, activated ? "ACTIVATED" : "REFUSED", reason,
                JdbcRuleStore.ts(at));
    }

    public List<Challenge> challenges(String name, int limit) {
        return jdbc.query("SELECT * FROM risk.model_challenge WHERE name = ? ORDER BY id DESC LIMIT ?", (rs, i) -> new Challenge(
                rs.getLong("id"), rs.getString("name"), rs.getInt("challenger_version"), (Integer) rs.getObject("champion_version"),
                rs.getInt("weeks"), rs.getString("metrics"), rs.getString("decision"), rs.getString("reason"),
                JdbcRuleStore.instant(rs.getTimestamp("decided_at"))), name, limit);
    }

    public List<ModelVersion> all() {
        return jdbc.query("""
                SELECT id, name, version, algorithm, seed, parameters, training, metrics, trained_by, trained_at
                FROM risk.model_version ORDER BY name, version DESC
                """, (rs, i) -> new ModelVersion(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
                rs.getString("algorithm"), rs.getLong("seed"), rs.getString("parameters"), rs.getString("training"),
                rs.getString("metrics"), rs.getString("trained_by"), JdbcRuleStore.instant(rs.getTimestamp("trained_at"))));
    }
}
