-- Unbiased learning and drift (issue 18). Each journalled lane decision keeps the probability with which the
-- policy would send that declaration to inspection (propensity) and how it was picked, so training and
-- evaluation can weight inspected rows by 1 / propensity; the amount an inspection recovered feeds the
-- revenue objective; the port pair is a drift segment.
alter table risk.selection
    add column propensity double precision check (propensity is null or (propensity > 0 and propensity <= 1)),
    add column pick       text check (pick in ('RANDOM', 'EXPLORATION', 'TARGETED', 'NONE')),
    add column recovered  numeric(18, 2) check (recovered is null or recovered >= 0),
    add column port_pair  text;

-- weekly drift questions group by week and segment
create index selection_week_segment on risk.selection (date_trunc('week', selected_at at time zone 'UTC'));

-- A segment (HS chapter x origin x port pair) whose population or hit rate moved in a week; kept for analysts.
create table risk.drift_alert (
    id             bigint generated always as identity primary key,
    week           date        not null,              -- Monday (UTC) of the week measured
    hs_chapter     text        not null,
    origin         text        not null,
    port_pair      text        not null,
    kind           text        not null check (kind in ('POPULATION_SHIFT', 'HIT_RATE_COLLAPSE')),
    psi            double precision,                  -- population-stability contribution of the segment
    share          double precision not null,         -- share of the week's selections
    baseline_share double precision not null,         -- share over the baseline weeks
    hit_share       double precision,                  -- hits / inspected in the week
    baseline_hit_share double precision,
    inspected      int         not null,
    threshold      double precision not null,         -- the setting that was crossed
    raised_at      timestamptz not null,
    unique (week, hs_chapter, origin, port_pair, kind)
);

-- Champion/challenger: every scheduled retrain's comparison with the active model on the last weeks.
create table risk.model_challenge (
    id                 bigint generated always as identity primary key,
    name               text        not null,
    challenger_version int         not null,
    champion_version   int,                           -- null: no active model to beat
    weeks              int         not null,
    metrics            text        not null,          -- JSON: both models' figures on the same later rows
    decision           text        not null check (decision in ('ACTIVATED', 'REFUSED')),
    reason             text        not null,
    decided_at         timestamptz not null
);
