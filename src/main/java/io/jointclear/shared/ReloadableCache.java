package io.jointclear.shared;

/**
 * An in-memory copy of database data that every instance keeps: a bean implementing this is reloaded
 * on every instance when any instance calls {@link CacheInvalidation#invalidateEverywhere} with its name
 * (and after a missed notice, by the periodic reconciliation).
 */
public interface ReloadableCache {

    /** The cache's name, {@code <module>.<data>}, e.g. {@code "tariff.measures"}. */
    String cacheName();

    /** Reads the data again; called on a notification thread, never inside a request. */
    void reload();
}
