-- One joint inspection per crossing, with the participating officer of each authority and the
-- findings each recorded.
CREATE TABLE inspection.joint_inspection (
    id                uuid PRIMARY KEY,
    crossing_id       uuid        NOT NULL UNIQUE,
    facility          text        NOT NULL,
    mx_customs_office char(3)     NOT NULL,
    us_port           char(4)     NOT NULL,
    reason            text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED')),
    scheduled_at      timestamptz NOT NULL,
    mx_officer        text,
    us_officer        text,
    started_at        timestamptz,
    ended_at          timestamptz
);

CREATE TABLE inspection.finding (
    id            bigserial PRIMARY KEY,
    inspection_id uuid        NOT NULL REFERENCES inspection.joint_inspection (id),
    authority     char(2)     NOT NULL,
    officer       text        NOT NULL,
    kind          text        NOT NULL,
    line          integer,
    description   text        NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX finding_inspection ON inspection.finding (inspection_id, id);
