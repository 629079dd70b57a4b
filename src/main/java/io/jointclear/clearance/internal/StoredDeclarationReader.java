package io.jointclear.clearance.internal;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.Declarations;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.tariff.StoredDeclarations;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The declarations stored on crossings, read back for re-assessment under the same visibility as the
 * crossings themselves ({@link CrossingAccess}): officials every declaration, a broker those of the
 * crossings filed for their agency, anyone else none. Rows come through a server-side cursor
 * (read-only transaction, fetch size), so a period of a million lines is never held in memory.
 */
@Component
class StoredDeclarationReader implements StoredDeclarations {

    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final JsonMapper json;
    private final Declarations declarations;

    StoredDeclarationReader(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json,
                            Declarations declarations) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
        this.declarations = declarations;
    }

    /** In storage order: sorting a million documents would cost more than the batch itself. */
    @Override
    public long stream(Query query, Consumer<Stored> sink) {
        Where where = where(query);
        if (where == null) {
            return 0;
        }
        long[] n = {0};
        readOnly.executeWithoutResult(status -> jdbc.query(
                "SELECT d.crossing_id, d.authority, d.number, d.document::text FROM clearance.crossing_declaration d"
                        + " JOIN clearance.crossing c ON c.id = d.crossing_id WHERE " + where.sql,
                rs -> {
                    DeclarationDocument doc = json.readValue(rs.getString(4), DeclarationDocument.class);
                    sink.accept(new Stored(rs.getObject(1, UUID.class), Authority.valueOf(rs.getString(2).trim()),
                            rs.getString(3), doc.importer() == null ? null : doc.importer().taxId(),
                            declarations.toAssessmentRequest(doc)));
                    n[0]++;
                }, where.args.toArray()));
        return n[0];
    }

    @Override
    public long count(Query query) {
        Where where = where(query);
        if (where == null) {
            return 0;
        }
        Long n = jdbc.queryForObject("SELECT count(*) FROM clearance.crossing_declaration d"
                + " JOIN clearance.crossing c ON c.id = d.crossing_id WHERE " + where.sql, Long.class, where.args.toArray());
        return n == null ? 0 : n;
    }

    private record Where(String sql, List<Object> args) {
    }

    /** The filter of a query, scoped to what the actor sees; null when it sees nothing. */
    private static Where where(Query q) {
        Actor actor = q.actor();
        String agency = CrossingAccess.listedAgency(actor);
        if (!actor.isOfficial() && agency == null) {
            return null;
        }
        StringBuilder sql = new StringBuilder("(d.document ->> 'date') >= ? AND (d.document ->> 'date') <= ?");
        List<Object> args = new ArrayList<>(List.of(q.from().toString(), q.to().toString()));
        if (q.authority() != null) {
            sql.append(" AND d.authority = ?");
            args.add(q.authority().name());
        }
        if (q.importer() != null) {
            sql.append(" AND d.document -> 'importer' ->> 'taxId' = ?");
            args.add(q.importer());
        }
        if (!actor.isOfficial()) {
            sql.append(" AND c.agency = ?");
            args.add(agency);
        }
        return new Where(sql.toString(), args);
    }
}
