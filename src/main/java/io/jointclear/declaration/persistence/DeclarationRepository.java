package io.jointclear.declaration.persistence;

import io.jointclear.declaration.DeclarationDocument;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declarations registered on crossings, in schema {@code declaration}. Works in whatever transaction
 * the caller has open: it never starts or commits one itself.
 */
@Repository
public class DeclarationRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public DeclarationRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Inserts the declaration, or — when the same crossing registers the same number again (an
     * amendment) — replaces its document. One statement, so two crossings racing for a number cannot
     * both win: the unique key decides.
     *
     * @return the crossing that holds the number after the call; another crossing's id means the
     *         number was already taken and nothing was written
     */
    public UUID register(DeclarationDocument document, UUID crossingId) {
        Timestamp now = Timestamp.from(clock.instant());
        Optional<UUID> written = jdbc.sql("""
                        INSERT INTO declaration.declaration
                               (id, authority, number, crossing_id, type, declared_on, document, registered_at)
                        VALUES (:id, :authority, :number, :crossing, :type, :date, CAST(:document AS jsonb), :now)
                        ON CONFLICT (authority, number) DO UPDATE
                           SET document = EXCLUDED.document, type = EXCLUDED.type, declared_on = EXCLUDED.declared_on,
                               version = declaration.declaration.version + 1, amended_at = :now
                         WHERE declaration.declaration.crossing_id = EXCLUDED.crossing_id
                        RETURNING crossing_id
                        """)
                .param("id", UUID.randomUUID())
                .param("authority", document.authority().name())
                .param("number", document.number())
                .param("crossing", crossingId)
                .param("type", document.type())
                .param("date", document.date())
                .param("document", json.writeValueAsString(document))
                .param("now", now)
                .query(UUID.class).optional();
        return written.orElseGet(() -> holderOf(document));
    }

    private UUID holderOf(DeclarationDocument document) {
        return jdbc.sql("SELECT crossing_id FROM declaration.declaration WHERE authority = :authority AND number = :number")
                .param("authority", document.authority().name())
                .param("number", document.number())
                .query(UUID.class).single();
    }

    /** The documents registered on a crossing, in the order they were first registered. */
    public List<DeclarationDocument> forCrossing(UUID crossingId) {
        return jdbc.sql("""
                        SELECT document::text FROM declaration.declaration
                         WHERE crossing_id = :crossing ORDER BY seq
                        """)
                .param("crossing", crossingId)
                .query((rs, n) -> json.readValue(rs.getString(1), DeclarationDocument.class))
                .list();
    }

    /** How many times the number was registered (1 + amendments); empty when never. */
    public Optional<Integer> version(String authority, String number) {
        return jdbc.sql("SELECT version FROM declaration.declaration WHERE authority = :authority AND number = :number")
                .param("authority", authority).param("number", number)
                .query(Integer.class).optional();
    }
}
