-- Issue 17 item 4 (stream t17-fix): an open crossing's status follows the facts of the case.
-- INSPECTED: the joint inspection has ended and the authorities' decisions are awaited; a hold is in
-- force while an authority's latest decision is HOLD. Crossings stored before settle once here.
WITH latest AS (
    SELECT DISTINCT ON (crossing_id, authority) crossing_id, authority, decision
    FROM clearance.decision
    ORDER BY crossing_id, authority, id DESC
), held AS (
    SELECT DISTINCT crossing_id FROM latest WHERE decision = 'HOLD'
)
UPDATE clearance.crossing c
SET status = CASE
        WHEN c.id IN (SELECT crossing_id FROM held) THEN 'HELD'
        WHEN c.inspection_ended_at IS NOT NULL THEN 'INSPECTED'
        WHEN c.inspection_required THEN 'UNDER_INSPECTION'
        ELSE 'SELECTED' END
WHERE c.status IN ('SELECTED', 'UNDER_INSPECTION', 'HELD');

-- Which authorities' officers have joined the joint inspection (told by the inspection module), so the
-- officers' queue can show what waits for one authority: an inspection it still has to join.
ALTER TABLE clearance.crossing ADD COLUMN inspection_mx_joined_at timestamptz;
ALTER TABLE clearance.crossing ADD COLUMN inspection_us_joined_at timestamptz;

-- Joins recorded before this version, where the inspection module's table already exists.
DO $$
BEGIN
    IF to_regclass('inspection.joint_inspection') IS NOT NULL THEN
        UPDATE clearance.crossing c
        SET inspection_mx_joined_at = CASE WHEN i.mx_officer IS NOT NULL THEN coalesce(i.started_at, i.scheduled_at) END,
            inspection_us_joined_at = CASE WHEN i.us_officer IS NOT NULL THEN coalesce(i.started_at, i.scheduled_at) END
        FROM inspection.joint_inspection i
        WHERE i.crossing_id = c.id;
    END IF;
END $$;
