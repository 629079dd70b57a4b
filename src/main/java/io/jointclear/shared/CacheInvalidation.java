package io.jointclear.shared;

/**
 * Tells every instance that the data behind an in-memory cache changed. Called inside the transaction
 * that makes the change: the notice leaves only when it commits (nothing is said about a rolled-back
 * change), and every instance — this one included — reloads the {@link ReloadableCache}s of that name
 * within seconds.
 */
public interface CacheInvalidation {

    /** @param cache the name a {@link ReloadableCache} answers to, e.g. {@code "reference.fx"} */
    void invalidateEverywhere(String cache);
}
