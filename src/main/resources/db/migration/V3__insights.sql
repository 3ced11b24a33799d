-- Candor schema version 3. Released: never edit; add V4__... instead.
-- What the Insights reports learn from: which script an outbound touch used, every stage a deal moved through, and
-- every alert that left the queue (raised on the day it first fired, closed on the day a change cleared it, answered
-- on the day of our first touch in between, if any).

ALTER TABLE interactions ADD COLUMN script_id TEXT;
CREATE INDEX interactions_script ON interactions (occurred_at, script_id) WHERE script_id IS NOT NULL;
CREATE INDEX interactions_time ON interactions (occurred_at, kind, direction);
-- What became of each agreed check-in date, kept by the writing transaction like the other derived columns:
-- the next change to it (moved later: a slip) and our first touch within the grace days of it after it was agreed.
ALTER TABLE checkin_changes ADD COLUMN next_agreed TEXT;
ALTER TABLE checkin_changes ADD COLUMN next_at INTEGER;
ALTER TABLE checkin_changes ADD COLUMN touched_at INTEGER;
UPDATE checkin_changes SET
    next_at = (SELECT x.changed_at FROM checkin_changes x WHERE x.deal_id = checkin_changes.deal_id
               AND x.id > checkin_changes.id ORDER BY x.id LIMIT 1),
    next_agreed = (SELECT x.agreed FROM checkin_changes x WHERE x.deal_id = checkin_changes.deal_id
                   AND x.id > checkin_changes.id ORDER BY x.id LIMIT 1);
CREATE INDEX checkin_changes_fate ON checkin_changes (agreed, deal_id, touched_at, next_at, next_agreed);
CREATE INDEX checkin_changes_deal_agreed ON checkin_changes (deal_id, agreed);

CREATE TABLE stage_changes (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    previous   TEXT    NOT NULL,
    stage      TEXT    NOT NULL,
    changed_at INTEGER NOT NULL
);
-- Covering: where each lost deal was lost from, and the moves in a range, without reading the table.
CREATE INDEX stage_changes_deal ON stage_changes (deal_id, stage, id, previous);
CREATE INDEX stage_changes_time ON stage_changes (changed_at, stage, deal_id);

CREATE TABLE alert_events (
    id          INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospects (id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals (id) ON DELETE CASCADE,
    raised_on   TEXT    NOT NULL,
    closed_on   TEXT    NOT NULL,
    answered_on TEXT
);
CREATE INDEX alert_events_raised ON alert_events (raised_on, answered_on);

-- Alerts still in the schedules, by the day they were raised (the expressions are Derived.DEAL_RAISED_ON and
-- Derived.PROSPECT_RAISED_ON, word for word, so the report's range is an index search).
CREATE INDEX deals_raised ON deals (max(alert_from, opened_on), alert_from) WHERE alert_from IS NOT NULL;
CREATE INDEX prospects_raised ON prospects (max(alert_from, date(created_at / 1000, 'unixepoch')), alert_from)
    WHERE alert_from IS NOT NULL;

-- The touches near each check-in depend on the time zone: they are worked out, with every alert schedule, when the
-- file is next opened (Derived.ensureCurrent).
DELETE FROM settings WHERE key = 'alert_schedule_version';
