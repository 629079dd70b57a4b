package io.jointclear.audit.chain;

import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the whole chain from the stored entries and reports the first entry that was altered or
 * removed. Entries are streamed in position order (a cursor, not a list), so the log can grow large.
 */
@Component
public class ChainVerifier {

    private final ChainSealer sealer;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    ChainVerifier(ChainSealer sealer, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.sealer = sealer;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public ChainVerification verify() {
        sealer.sealNow();
        // PostgreSQL streams with a fetch size only inside a transaction.
        return readOnly.execute(status -> {
            Walk walk = new Walk();
            streaming.query("SELECT " + StoredEntry.COLUMNS + " FROM audit.entry WHERE chain_position IS NOT NULL"
                    + " ORDER BY chain_position", walk);
            Long pending = streaming.queryForObject("SELECT count(*) FROM audit.entry WHERE chain_position IS NULL", Long.class);
            return walk.result(pending == null ? 0 : pending);
        });
    }

    /** Walks the chain; after the first break it keeps counting but reports only that break. */
    private static final class Walk implements RowCallbackHandler {
        private long expected = 1;
        private long entries;
        private byte[] previous = ChainHash.GENESIS;
        private Long broken;
        private String reason;

        @Override
        public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
            StoredEntry entry = StoredEntry.read(rs, 0);
            entries++;
            if (broken == null) {
                check(entry);
            }
            previous = entry.hash();
            expected = entry.position() + 1;
        }

        private void check(StoredEntry entry) {
            if (entry.position() != expected) {
                broken = expected;
                reason = entry.position() == expected + 1
                        ? "entry at position " + expected + " is missing (deleted)"
                        : "entries at positions " + expected + "–" + (entry.position() - 1) + " are missing (deleted)";
            } else if (!Arrays.equals(ChainHash.next(previous, entry, entry.position()), entry.hash())) {
                broken = entry.position();
                reason = "entry at position " + entry.position() + " (id " + entry.id()
                        + ") does not match its hash: it or its hash was altered";
            }
        }

        ChainVerification result(long pending) {
            String head = entries == 0 ? null : HexFormat.of().formatHex(previous);
            return new ChainVerification(broken == null, entries, broken, reason, pending, head);
        }
    }
}
