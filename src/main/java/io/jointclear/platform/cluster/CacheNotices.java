package io.jointclear.platform.cluster;

import io.jointclear.shared.CacheInvalidation;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends cache invalidations through PostgreSQL: the cache's version is raised in
 * {@code platform.cache_version} and a NOTIFY carries "name version" on {@link #CHANNEL}. Both belong to
 * the caller's transaction, so they take effect only if it commits; the version row is what a missed
 * NOTIFY is reconciled against.
 */
@Component
class CacheNotices implements CacheInvalidation {

    static final String CHANNEL = "jointclear_cache";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    private final JdbcTemplate jdbc;

    CacheNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void invalidateEverywhere(String cache) {
        if (cache == null || !NAME.matcher(cache).matches()) {
            throw new IllegalArgumentException("cache names are <module>.<data> in lower case: " + cache);
        }
        jdbc.queryForList("""
                WITH v AS (
                    INSERT INTO platform.cache_version (cache, version, changed_at) VALUES (?, 1, now())
                    ON CONFLICT (cache) DO UPDATE SET version = platform.cache_version.version + 1, changed_at = now()
                    RETURNING cache, version)
                SELECT pg_notify('%s', cache || ' ' || version) FROM v
                """.formatted(CHANNEL), cache);
    }
}
