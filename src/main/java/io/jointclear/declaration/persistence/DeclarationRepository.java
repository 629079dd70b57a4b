package io.jointclear.declaration.persistence;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.Declarations;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** A declaration number under its authority. */
    public record Number(String authority, String number) {
    }

    /**
     * Registers new declarations of many crossings with one INSERT. Numbers already held — by an
     * earlier crossing, or by another crossing earlier in the same list — are not taken; a crossing
     * that misses any of its numbers keeps none (its other rows are deleted again).
     *
     * @return every number that could not be taken, with the crossing holding it
     */
    public Map<Number, UUID> registerAll(List<Declarations.Registration> registrations) {
        if (registrations.isEmpty()) {
            return Map.of();
        }
        // One lock order for every batch, so two batches racing for numbers cannot deadlock.
        List<Declarations.Registration> sorted = new ArrayList<>(registrations);
        sorted.sort(Comparator.comparing((Declarations.Registration r) -> r.document().authority().name())
                .thenComparing(r -> r.document().number()));
        int n = sorted.size();
        String[][] columns = new String[8][n];
        String now = clock.instant().toString();
        for (int i = 0; i < n; i++) {
            Declarations.Registration r = sorted.get(i);
            DeclarationDocument d = r.document();
            columns[0][i] = UUID.randomUUID().toString();
            columns[1][i] = d.authority().name();
            columns[2][i] = d.number();
            columns[3][i] = r.crossingId().toString();
            columns[4][i] = d.type();
            columns[5][i] = d.date() == null ? null : d.date().toString();
            columns[6][i] = r.documentJson() != null ? r.documentJson() : json.writeValueAsString(d);
            columns[7][i] = now;
        }
        Map<Number, UUID> inserted = new HashMap<>();
        jdbc.sql("""
                        INSERT INTO declaration.declaration
                               (id, authority, number, crossing_id, type, declared_on, document, registered_at)
                        SELECT u.id::uuid, u.authority, u.number, u.crossing::uuid, u.type, u.declared::date,
                               u.document::jsonb, u.registered::timestamptz
                          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                               WITH ORDINALITY AS u(id, authority, number, crossing, type, declared, document, registered, n)
                         ORDER BY u.n
                        ON CONFLICT (authority, number) DO NOTHING
                        RETURNING authority, number, crossing_id
                        """)
                .params(arrays(columns))
                .query((rs, row) -> inserted.put(new Number(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class)))
                .list();
        Map<Number, UUID> taken = new HashMap<>();
        Set<UUID> refused = new HashSet<>();
        List<Number> heldElsewhere = new ArrayList<>();
        for (Declarations.Registration r : sorted) {
            Number number = new Number(r.document().authority().name(), r.document().number());
            UUID holder = inserted.get(number);
            if (holder == null) {
                heldElsewhere.add(number);
                refused.add(r.crossingId());
            } else if (!holder.equals(r.crossingId())) {
                taken.put(number, holder);
                refused.add(r.crossingId());
            }
        }
        if (!heldElsewhere.isEmpty()) {
            jdbc.sql("""
                            SELECT d.authority, d.number, d.crossing_id FROM declaration.declaration d
                              JOIN unnest(?::text[], ?::text[]) AS u(authority, number)
                                ON d.authority = u.authority AND d.number = u.number
                            """)
                    .params(arrays(new String[][] {
                            heldElsewhere.stream().map(Number::authority).toArray(String[]::new),
                            heldElsewhere.stream().map(Number::number).toArray(String[]::new)}))
                    .query((rs, row) -> taken.put(new Number(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class)))
                    .list();
        }
        if (!refused.isEmpty()) {
            jdbc.sql("DELETE FROM declaration.declaration WHERE crossing_id = ANY (?::uuid[])")
                    .param(refused.stream().map(UUID::toString).toArray(String[]::new))
                    .update();
        }
        return taken;
    }

    private static List<Object> arrays(String[][] columns) {
        List<Object> params = new ArrayList<>(columns.length);
        params.addAll(java.util.Arrays.asList((Object[]) columns));
        return params;
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
