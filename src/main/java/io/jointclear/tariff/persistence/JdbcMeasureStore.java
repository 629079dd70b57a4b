package io.jointclear.tariff.persistence;

import io.jointclear.tariff.domain.Measure;
import io.jointclear.tariff.domain.MeasureBook;
import io.jointclear.shared.ReloadableCache;
import io.jointclear.tariff.domain.MeasureSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds every measure in memory for the engine. At start-up it loads the versioned seed idempotently
 * (rows already present, or changed by an admin, are left alone) and reads the table; afterwards it
 * reloads when the audit log shows a change — on this instance at once, on other instances within
 * the polling delay — so assessing never queries the database.
 */
@Component
class JdbcMeasureStore implements MeasureSource, InitializingBean, ReloadableCache {

    /** Cluster-wide cache name: a change on any instance reloads the book on all within seconds. */
    static final String CACHE = "tariff.measures";

    private static final Logger log = LoggerFactory.getLogger(JdbcMeasureStore.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile MeasureBook book = new MeasureBook(List.of());
    private volatile long seenChange = -1;

    JdbcMeasureStore(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        int inserted = seed(MeasureCsv.seed());
        reload();
        log.info("Tariff measures: {} seed row(s) inserted, {} row(s) in memory", inserted, book.size());
    }

    @Override
    public MeasureBook current() {
        return book;
    }

    /** Inserts the seed rows whose key is not yet in the table, each with a SEED audit entry. */
    int seed(List<Measure> seed) {
        Integer total = tx.execute(status -> {
            int count = 0;
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (Measure m : seed) {
                Map<String, Object> p = MeasureRows.params(m);
                p.put("createdAt", now);
                p.put("createdBy", "seed:" + MeasureCsv.SEED);
                List<Long> ids = jdbc.sql("insert into tariff.measure " + MeasureRows.INSERT_VALUES
                                + " on conflict (seed_key) do nothing returning id")
                        .params(p).query(Long.class).list();
                for (Long id : ids) {
                    jdbc.sql("insert into tariff.measure_audit (measure_id, action, actor, at, reason, after)"
                                    + " select id, 'SEED', :actor, :at, :reason, to_jsonb(m) from tariff.measure m where id = :id")
                            .param("actor", "seed:" + MeasureCsv.SEED).param("at", now)
                            .param("reason", "versioned seed " + m.key()).param("id", id).update();
                    count++;
                }
            }
            return count;
        });
        return total == null ? 0 : total;
    }

    @Override
    public String cacheName() {
        return CACHE;
    }

    /** Reads every measure row and swaps the in-memory book. */
    @Override
    public void reload() {
        long change = lastChange();
        List<Measure> rows = jdbc.sql("select " + MeasureRows.COLUMNS + " from tariff.measure order by id")
                .query(MeasureRows::map).list();
        book = new MeasureBook(rows);
        seenChange = change;
    }

    /** Picks up changes made through another instance even if its notice was lost (a cheap query). */
    @Scheduled(fixedDelayString = "${jointclear.tariff.refresh-delay:PT30S}")
    void refreshIfChanged() {
        if (lastChange() != seenChange) {
            reload();
            log.info("Tariff measures reloaded after a change: {} row(s)", book.size());
        }
    }

    private long lastChange() {
        return jdbc.sql("select coalesce(max(id), 0) from tariff.measure_audit").query(Long.class).single();
    }
}
