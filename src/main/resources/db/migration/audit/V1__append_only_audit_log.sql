-- The audit log: every state change of every module, append-only and hash-chained.
--
-- Writers only INSERT, unsealed (chain_position and hash NULL), inside their own transaction, so
-- appends never wait on each other. The sealer (io.jointclear.audit.chain.ChainSealer) later assigns
-- chain_position and hash = SHA-256(previous hash || canonical entry) to entries whose transaction
-- ended before the oldest running one (xact_id < pg_snapshot_xmin(pg_current_snapshot())).
--
-- The triggers below refuse UPDATE (except that one-time sealing), DELETE and TRUNCATE. They stop
-- the application and careless hands, not a database superuser, who can disable them; what such a
-- person changes afterwards is what the hash chain detects (GET /api/v1/audit/verify).

CREATE TABLE audit.entry (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL,
    action         text        NOT NULL,
    subject_type   text        NOT NULL,
    subject_id     text        NOT NULL,
    authority      text        CHECK (authority IN ('MX', 'US')),
    -- canonical JSON text written by the application; kept as text so the hashed bytes never change
    details        text        NOT NULL CHECK (details::jsonb IS NOT NULL),
    xact_id        xid8        NOT NULL DEFAULT pg_current_xact_id(),
    chain_position bigint      UNIQUE,
    hash           bytea       CHECK (octet_length(hash) = 32),
    CONSTRAINT entry_sealed_whole CHECK ((chain_position IS NULL) = (hash IS NULL))
);

CREATE INDEX entry_unsealed ON audit.entry (id) WHERE chain_position IS NULL;
CREATE INDEX entry_subject ON audit.entry (subject_id, id);

CREATE FUNCTION audit.entry_insert_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.chain_position IS NOT NULL OR NEW.hash IS NOT NULL THEN
        RAISE EXCEPTION 'audit.entry: entries are inserted unsealed, only the sealer assigns chain_position and hash';
    END IF;
    NEW.xact_id := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE FUNCTION audit.entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- Sealing is the one update ever allowed: an unsealed entry gets its position and hash, nothing else changes.
        IF OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL AND NEW.hash IS NOT NULL
           AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.action, NEW.subject_type, NEW.subject_id,
                NEW.authority, NEW.details, NEW.xact_id)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.occurred_at, OLD.actor, OLD.action, OLD.subject_type, OLD.subject_id,
                OLD.authority, OLD.details, OLD.xact_id) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit.entry is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER entry_insert_unsealed BEFORE INSERT ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.entry_insert_unsealed();
CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.entry_refuse_change();
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.entry_refuse_change();
