-- Cluster-wide cache versions (platform/cluster/CacheNotices): raised in the transaction that changes
-- the data behind an in-memory cache, next to a NOTIFY that makes every instance reload it. Instances
-- compare their last seen versions with these rows periodically, so a NOTIFY missed while an
-- instance's listening connection was down is caught up (docs/adr/0007-cross-instance-consistency.md).
CREATE TABLE platform.cache_version (
    cache      text        PRIMARY KEY,
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
