-- Idempotency keys of filings belong to a key space (the filer's organisation, Actor.principalScope):
-- one organisation's keys can neither block nor reveal another's. Keys filed before were each user's own.

ALTER TABLE clearance.idempotency_key ADD COLUMN scope text;
UPDATE clearance.idempotency_key SET scope = 'USER:' || principal;
ALTER TABLE clearance.idempotency_key ALTER COLUMN scope SET NOT NULL;
ALTER TABLE clearance.idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE clearance.idempotency_key ADD PRIMARY KEY (scope, key);
CREATE INDEX idempotency_key_created_at ON clearance.idempotency_key (created_at);
