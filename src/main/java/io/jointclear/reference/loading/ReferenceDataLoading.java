package io.jointclear.reference.loading;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every shipped dataset up to date before the application serves requests: a dataset whose
 * files and loader version are unchanged is skipped, a changed one is replaced in one transaction
 * (readers never see it half-loaded). Listeners of {@link ReferenceDataLoaded} refresh their caches.
 */
@Component
class ReferenceDataLoading implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoading.class);

    private final List<DatasetLoader> loaders;
    private final DatasetRegistry registry;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    ReferenceDataLoading(List<DatasetLoader> loaders, DatasetRegistry registry, DataSource dataSource,
                         TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock, JdbcTemplate jdbc) {
        this.loaders = loaders;
        this.registry = registry;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        int loaded = 0;
        for (DatasetLoader loader : loaders) {
            if (loadIfChanged(loader)) {
                loaded++;
            }
        }
        log.info("Reference data ready: {} of {} datasets loaded, the rest unchanged ({} ms)",
                loaded, loaders.size(), (System.nanoTime() - started) / 1_000_000);
        events.publishEvent(new ReferenceDataLoaded(loaded));
    }

    private boolean loadIfChanged(DatasetLoader loader) {
        String checksum = DatasetRegistry.checksum(loader);
        if (registry.storedChecksum(loader.name()).filter(checksum::equals).isPresent()) {
            log.debug("Dataset {} unchanged", loader.name());
            return false;
        }
        long started = System.nanoTime();
        DatasetLoader.LoadResult result = transactions.execute(status -> {
            // Instances starting together over one database load each dataset once: the second waits
            // for the first, then finds the new checksum and skips.
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('jointclear.reference.' || ?))", Object.class, loader.name());
            if (registry.storedChecksum(loader.name()).filter(checksum::equals).isPresent()) {
                return null;
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                DatasetLoader.LoadResult r = loader.load(connection);
                registry.record(loader.name(), checksum, loader.source(), r, clock.instant());
                return r;
            } catch (Exception e) {
                throw new IllegalStateException("loading reference dataset " + loader.name() + " failed", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        if (result == null) {
            log.info("Dataset {} was loaded by another instance meanwhile", loader.name());
            return false;
        }
        log.info("Dataset {} loaded: {} rows in {} ms{}", loader.name(), result.rows(),
                (System.nanoTime() - started) / 1_000_000, result.notes().isEmpty() ? "" : " " + brief(result.notes()));
        return true;
    }

    /** The notes for the start log: lists by their size only (they are whole in GET /api/v1/reference/datasets). */
    private static java.util.Map<String, Object> brief(java.util.Map<String, Object> notes) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        notes.forEach((k, v) -> out.put(k, v instanceof java.util.Collection<?> c ? c.size() + " (see the dataset notes)" : v));
        return out;
    }
}
