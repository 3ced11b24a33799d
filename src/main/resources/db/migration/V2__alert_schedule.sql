-- Candor schema version 2. Released: never edit; add V3__... instead.
-- The alert schedule: per deal (and per deal-less prospect), the first date each severity fires, computed by the
-- rules engine in the same transaction as every change, so the daily queue is an index scan. Dates are
-- 'YYYY-MM-DD' text; '0001-01-01' means "whatever the day"; NULL means never.

ALTER TABLE deals ADD COLUMN alert_from TEXT;
ALTER TABLE deals ADD COLUMN alert_high_from TEXT;
ALTER TABLE deals ADD COLUMN alert_medium_from TEXT;
ALTER TABLE deals ADD COLUMN alert_low_from TEXT;
ALTER TABLE deals ADD COLUMN alert_until TEXT;
ALTER TABLE deals ADD COLUMN response_base_on TEXT;

ALTER TABLE prospects ADD COLUMN alert_from TEXT;
ALTER TABLE prospects ADD COLUMN alert_high_from TEXT;
ALTER TABLE prospects ADD COLUMN alert_medium_from TEXT;
ALTER TABLE prospects ADD COLUMN alert_low_from TEXT;
ALTER TABLE prospects ADD COLUMN alert_until TEXT;
ALTER TABLE prospects ADD COLUMN response_base_on TEXT;

-- Open-ended schedules (open deals, deal-less prospects) by first firing day; windowed ones (recent losses) by
-- their last day, so long-past losses are never scanned.
CREATE INDEX deals_alerting ON deals (alert_from, alert_high_from, alert_medium_from, response_base_on, prospect_id)
    WHERE alert_from IS NOT NULL AND alert_until IS NULL;
CREATE INDEX deals_alerting_until ON deals (alert_until, alert_from, alert_high_from, alert_medium_from,
    response_base_on, prospect_id) WHERE alert_until IS NOT NULL;
CREATE INDEX prospects_alerting ON prospects (alert_from, alert_high_from, alert_medium_from, response_base_on)
    WHERE alert_from IS NOT NULL AND alert_until IS NULL;

-- The schedules are computed when the file is next opened (see AlertScheduleColumns.ensureCurrent).
DELETE FROM settings WHERE key = 'alert_schedule_version';
