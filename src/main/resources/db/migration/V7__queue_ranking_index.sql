-- The queue ranks by what is at stake (stage, value, an agreed date) and keeps long-silent leads and arriving
-- imports apart: the alerting indexes carry those columns too, so the ranking is read from them alone.
DROP INDEX deals_alerting;
CREATE INDEX deals_alerting ON deals (alert_from, alert_high_from, alert_medium_from, response_base_on, prospect_id,
    stage, value_minor, agreed_checkin)
    WHERE alert_from IS NOT NULL AND alert_until IS NULL;
DROP INDEX deals_alerting_until;
CREATE INDEX deals_alerting_until ON deals (alert_until, alert_from, alert_high_from, alert_medium_from,
    response_base_on, prospect_id, stage, value_minor, agreed_checkin) WHERE alert_until IS NOT NULL;
DROP INDEX prospects_alerting;
CREATE INDEX prospects_alerting ON prospects (alert_from, alert_high_from, alert_medium_from, response_base_on,
    arrives_on)
    WHERE alert_from IS NOT NULL AND alert_until IS NULL;
