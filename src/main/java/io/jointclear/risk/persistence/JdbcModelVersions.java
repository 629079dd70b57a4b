package io.jointclear.risk.persistence;

import java.time.Instant;
import java.util.List;
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

    public List<ModelVersion> all() {
        return jdbc.query("""
                SELECT id, name, version, algorithm, seed, parameters, training, metrics, trained_by, trained_at
                FROM risk.model_version ORDER BY name, version DESC
                """, (rs, i) -> new ModelVersion(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
                rs.getString("algorithm"), rs.getLong("seed"), rs.getString("parameters"), rs.getString("training"),
                rs.getString("metrics"), rs.getString("trained_by"), JdbcRuleStore.instant(rs.getTimestamp("trained_at"))));
    }
}
