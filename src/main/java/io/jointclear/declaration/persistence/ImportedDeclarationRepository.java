package io.jointclear.declaration.persistence;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.shared.Authority;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declarations imported from a broker's file and not yet on a crossing ({@code declaration.imported_declaration}).
 * Works in the caller's transaction.
 */
@Repository
public class ImportedDeclarationRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public ImportedDeclarationRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores the documents with one INSERT; a number already imported or already registered on a
     * crossing is not taken.
     *
     * @param carried per document, the file's records it carries (archivo M lines, no line breaks inside)
     * @return the keys ({@code authority:number}) stored
     */
    public Set<String> insertAll(List<DeclarationDocument> documents, List<List<String>> carried, String agency,
                                 String format, String user) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        int n = documents.size();
        String[][] columns = new String[5][n];
        for (int i = 0; i < n; i++) {
            DeclarationDocument d = documents.get(i);
            columns[0][i] = UUID.randomUUID().toString();
            columns[1][i] = d.authority().name();
            columns[2][i] = d.number();
            columns[3][i] = json.writeValueAsString(d);
            columns[4][i] = String.join("\n", carried.get(i));
        }
        Set<String> stored = new HashSet<>();
        jdbc.sql("""
                        INSERT INTO declaration.imported_declaration
                               (id, authority, number, agency, format, document, carried_records, imported_by, imported_at)
                        SELECT u.id::uuid, u.authority, u.number, ?, ?, u.document::jsonb, u.carried, ?, ?::timestamptz
                          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                               WITH ORDINALITY AS u(id, authority, number, document, carried, n)
                         WHERE NOT EXISTS (SELECT 1 FROM declaration.declaration d
                                            WHERE d.authority = u.authority AND d.number = u.number)
                         ORDER BY u.n
                        ON CONFLICT (authority, number) DO NOTHING
                        RETURNING authority, number
                        """)
                .params(agency, format, user, clock.instant().toString(), columns[0], columns[1], columns[2], columns[3], columns[4])
                .query((rs, row) -> stored.add(rs.getString(1) + ":" + rs.getString(2)))
                .list();
        return stored;
    }

    /** An imported declaration of the agency. */
    public Optional<DeclarationDocument> find(Authority authority, String number, String agency) {
        return jdbc.sql("""
                        SELECT document::text FROM declaration.imported_declaration
                         WHERE authority = :authority AND number = :number AND agency = :agency
                        """)
                .param("authority", authority.name()).param("number", number).param("agency", agency)
                .query((rs, row) -> json.readValue(rs.getString(1), DeclarationDocument.class))
                .optional();
    }

    /** The records the declaration's file carried (see V3), in file order; empty when none or not found. */
    public List<String> carried(Authority authority, String number, String agency) {
        return jdbc.sql("""
                        SELECT carried_records FROM declaration.imported_declaration
                         WHERE authority = :authority AND number = :number AND agency = :agency
                        """)
                .param("authority", authority.name()).param("number", number).param("agency", agency)
                .query(String.class).optional()
                .map(text -> text.isEmpty() ? List.<String>of() : List.of(text.split("\n")))
                .orElse(List.of());
    }

    public int count() {
        return jdbc.sql("SELECT count(*) FROM declaration.imported_declaration").query(Integer.class).single();
    }
}
