-- A migration that changes things and then fails: the whole of it must be rolled back.
ALTER TABLE prospects ADD COLUMN nickname TEXT;
UPDATE prospects SET nickname = 'x';
DELETE FROM interactions;
INSERT INTO no_such_table VALUES (1);
