-- A freshly imported book arrives in the queue a few prospects a day (arrivalsPerDay in rules.json) instead of
-- all at once: arrives_on is the day a prospect joins the queue; NULL for everyone already in it.
ALTER TABLE prospects ADD COLUMN arrives_on TEXT;
CREATE INDEX prospects_arriving ON prospects (arrives_on) WHERE arrives_on IS NOT NULL;
