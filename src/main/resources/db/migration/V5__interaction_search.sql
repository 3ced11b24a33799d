-- Search finds prospects by what was said with them too: the summaries of logged calls, emails and meetings,
-- kept in step by triggers like prospects_fts.
CREATE VIRTUAL TABLE interactions_fts USING fts5 (
    summary,
    content = 'interactions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO interactions_fts (interactions_fts) VALUES ('rebuild');
CREATE TRIGGER interactions_fts_insert AFTER INSERT ON interactions BEGIN
    INSERT INTO interactions_fts (rowid, summary) VALUES (new.id, new.summary);
END;
CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interactions BEGIN
    INSERT INTO interactions_fts (interactions_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
END;
CREATE TRIGGER interactions_fts_update AFTER UPDATE OF summary ON interactions BEGIN
    INSERT INTO interactions_fts (interactions_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
    INSERT INTO interactions_fts (rowid, summary) VALUES (new.id, new.summary);
END;
