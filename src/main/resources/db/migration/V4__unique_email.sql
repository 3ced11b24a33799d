-- One prospect per email address (case-insensitive; empty emails are not addresses): two imports of the same
-- file at once, or an import beside the app, cannot add the same person twice. Skipped, with a notice, for a file
-- that already holds duplicates (store/Migrator): those must be merged first.
CREATE UNIQUE INDEX prospects_email_unique ON prospects (lower(email)) WHERE email <> '';
