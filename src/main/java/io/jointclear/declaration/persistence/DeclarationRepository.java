package io.jointclear.declaration.persistence;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.Declarations;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        if (written.isPresent()) {
            released(List.of(document.authority().name()), List.of(document.number()));
        }
        return written.orElseGet(() -> holderOf(document));
    }

    /**
     * A number now held by a crossing leaves the register of imported declarations: the crossing's
     * document is the declaration of record.
     */
    private void released(List<String> authorities, List<String> numbers) {
        if (numbers.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        DELETE FROM declaration.imported_declaration i
                         USING unnest(?::text[], ?::text[]) AS u(authority, number)
                         WHERE i.authority = u.authority AND i.number = u.number
                        """)
                .params(authorities.toArray(String[]::new), numbers.toArray(String[]::new))
                .update();
    }

    /** A declaration number under its authority. */
    private record Number(String authority, String number) {
        static Number of(Declarations.Registration r) {
            return new Number(r.document().authority().name(), r.document().number());
        }
    }

    /**
     * A crossing that could not take all its numbers.
     *
     * @param registration its first declaration (in the order given) whose number is held elsewhere
     * @param holder       the crossing holding that number
     */
    public record Conflict(Declarations.Registration registration, UUID holder) {
    }

    /**
     * Registers new declarations of many crossings with one INSERT. Numbers already held — by an
     * earlier crossing, or by another crossing earlier in the same list — are not taken; a crossing
     * that misses any of its numbers keeps none (its other rows are deleted again).
     *
     * @return per crossing that missed a number, the conflict; the other crossings hold all theirs
     */
    public Map<UUID, Conflict> registerAll(List<Declarations.Registration> registrations) {
        if (registrations.isEmpty()) {
            return Map.of();
        }
        // One lock order for every batch, so two batches racing for numbers cannot deadlock.
        List<Declarations.Registration> sorted = new ArrayList<>(registrations);
        sorted.sort(Comparator.comparing((Declarations.Registration r) -> r.document().authority().name())
                .thenComparing(r -> r.document().number()));
        Map<Number, UUID> holders = insertNew(sorted);
        List<Number> heldBefore = sorted.stream().map(Number::of).filter(number -> !holders.containsKey(number)).toList();
        if (!heldBefore.isEmpty()) {
            jdbc.sql("""
                            SELECT d.authority, d.number, d.crossing_id FROM declaration.declaration d
                              JOIN unnest(?::text[], ?::text[]) AS u(authority, number)
                                ON d.authority = u.authority AND d.number = u.number
                            """)
                    .params(heldBefore.stream().map(Number::authority).toArray(String[]::new),
                            heldBefore.stream().map(Number::number).toArray(String[]::new))
                    .query((rs, row) -> holders.put(new Number(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class)))
                    .list();
        }
        Map<UUID, Conflict> conflicts = new LinkedHashMap<>();
        for (Declarations.Registration r : registrations) {
            UUID holder = holders.get(Number.of(r));
            if (!holder.equals(r.crossingId())) {
                conflicts.putIfAbsent(r.crossingId(), new Conflict(r, holder));
            }
        }
        if (!conflicts.isEmpty()) {
            jdbc.sql("DELETE FROM declaration.declaration WHERE crossing_id = ANY (?::uuid[])")
                    .param(conflicts.keySet().stream().map(UUID::toString).toArray(String[]::new))
                    .update();
        }
        List<Declarations.Registration> kept = registrations.stream().filter(r -> !conflicts.containsKey(r.crossingId())).toList();
        released(kept.stream().map(r -> r.document().authority().name()).toList(), kept.stream().map(r -> r.document().number()).toList());
        return conflicts;
    }

    /** Inserts the rows in the given (lock) order; answers the numbers this insert took, with their crossing. */
    private Map<Number, UUID> insertNew(List<Declarations.Registration> sorted) {
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
        Map<Number, UUID> holders = new HashMap<>();
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
                .params((Object[]) columns)
                .query((rs, row) -> holders.put(new Number(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class)))
                .list();
        return holders;
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
