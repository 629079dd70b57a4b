-- The chain is keyed and checkpointed (docs/adr/0006-keyed-audit-chain.md).
--
-- hash = HMAC-SHA256(chain key, previous hash || canonical entry): the key lives outside the
-- database (jointclear.audit.key or the key file), so a superuser who rewrites or deletes entries
-- cannot recompute a chain that verifies. key_id names the key an entry was sealed with; an entry
-- sealed before this migration (plain SHA-256) has key_id NULL until the sealer re-keys it once
-- (io.jointclear.audit.chain.LegacyChainUpgrade).
--
-- audit.checkpoint holds signed heads of the chain (position + head hash + time, HMAC with a key
-- derived from the same secret); each is also appended to a file beside the key, so truncating the
-- log and this table together is still detected.

ALTER TABLE audit.entry ADD COLUMN key_id text;
ALTER TABLE audit.entry ADD CONSTRAINT entry_key_only_when_sealed CHECK (key_id IS NULL OR chain_position IS NOT NULL);
-- Empty once the upgrade has run: the sealer asks it on every run.
CREATE INDEX entry_sealed_without_key ON audit.entry (chain_position) WHERE chain_position IS NOT NULL AND key_id IS NULL;

CREATE OR REPLACE FUNCTION audit.entry_insert_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.chain_position IS NOT NULL OR NEW.hash IS NOT NULL OR NEW.key_id IS NOT NULL THEN
        RAISE EXCEPTION 'audit.entry: entries are inserted unsealed, only the sealer assigns chain_position and hash';
    END IF;
    NEW.xact_id := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION audit.entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Two updates are allowed, both leave the entry's content as it was and give it a keyed hash:
    -- sealing (an unsealed entry gets its position) and re-keying (a legacy entry keeps its position).
    IF TG_OP = 'UPDATE' AND NEW.hash IS NOT NULL AND NEW.key_id IS NOT NULL
       AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.action, NEW.subject_type, NEW.subject_id,
            NEW.authority, NEW.details, NEW.xact_id)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.occurred_at, OLD.actor, OLD.action, OLD.subject_type, OLD.subject_id,
            OLD.authority, OLD.details, OLD.xact_id) THEN
        IF OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL THEN
            RETURN NEW;
        END IF;
        IF OLD.chain_position IS NOT NULL AND OLD.key_id IS NULL AND NEW.chain_position = OLD.chain_position THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit.entry is append-only: % refused', TG_OP;
END
$$;

CREATE TABLE audit.checkpoint (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the head's chain position, which is also the number of entries the checkpoint covers
    chain_position bigint      NOT NULL CHECK (chain_position > 0),
    head_hash      bytea       NOT NULL CHECK (octet_length(head_hash) = 32),
    signed_at      timestamptz NOT NULL,
    key_id         text        NOT NULL,
    signature      bytea       NOT NULL CHECK (octet_length(signature) = 32)
);

CREATE INDEX checkpoint_position ON audit.checkpoint (chain_position);

CREATE FUNCTION audit.checkpoint_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.checkpoint is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER checkpoint_append_only BEFORE UPDATE OR DELETE ON audit.checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit.checkpoint_refuse_change();
CREATE TRIGGER checkpoint_no_truncate BEFORE TRUNCATE ON audit.checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit.checkpoint_refuse_change();
