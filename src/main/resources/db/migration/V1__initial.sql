-- Candor schema version 1. Released: never edit; add V2__... instead.
-- Times are epoch milliseconds (UTC) in INTEGER columns; calendar dates are 'YYYY-MM-DD' text.
-- The last_* and attempts columns are derived from interactions and kept in the same transaction
-- that inserts, edits or deletes an interaction (see ContactFacts), so alerts never scan interactions.

CREATE TABLE prospects (
    id                        INTEGER PRIMARY KEY,
    name                      TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    company                   TEXT    NOT NULL DEFAULT '',
    role                      TEXT    NOT NULL DEFAULT '',
    email                     TEXT    NOT NULL DEFAULT '',
    phone                     TEXT    NOT NULL DEFAULT '',
    notes                     TEXT    NOT NULL DEFAULT '',
    created_at                INTEGER NOT NULL,
    archived                  INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    deal_count                INTEGER NOT NULL DEFAULT 0,
    snoozed_until             TEXT,
    last_touch_at             INTEGER,
    last_response_at          INTEGER,
    last_response_outcome     TEXT,
    attempts_since_response   INTEGER NOT NULL DEFAULT 0,
    last_proposal_sent_at     INTEGER,
    last_interaction_at       INTEGER,
    last_conversation_at      INTEGER,
    last_conversation_summary TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX prospects_email ON prospects (email COLLATE NOCASE);
CREATE INDEX prospects_name ON prospects (name COLLATE NOCASE, id);
CREATE INDEX prospects_last_response ON prospects (last_response_at);
CREATE INDEX prospects_without_deals ON prospects (id) WHERE deal_count = 0 AND archived = 0;

CREATE TABLE deals (
    id                        INTEGER PRIMARY KEY,
    prospect_id               INTEGER NOT NULL REFERENCES prospects (id) ON DELETE CASCADE,
    title                     TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    value_minor               INTEGER NOT NULL DEFAULT 0,
    currency                  TEXT    NOT NULL,
    stage                     TEXT    NOT NULL
        CHECK (stage IN ('lead', 'qualified', 'meeting', 'proposal', 'negotiation', 'won', 'lost')),
    opened_on                 TEXT    NOT NULL,
    closed_on                 TEXT,
    whose_move                TEXT    NOT NULL CHECK (whose_move IN ('ours', 'theirs')),
    agreed_checkin            TEXT,
    checkin_slips             INTEGER NOT NULL DEFAULT 0,
    next_step                 TEXT    NOT NULL DEFAULT '',
    decision_maker_known      INTEGER NOT NULL DEFAULT 0 CHECK (decision_maker_known IN (0, 1)),
    outcome_reason            TEXT    NOT NULL DEFAULT '',
    snoozed_until             TEXT,
    last_touch_at             INTEGER,
    last_response_at          INTEGER,
    last_response_outcome     TEXT,
    attempts_since_response   INTEGER NOT NULL DEFAULT 0,
    last_proposal_sent_at     INTEGER,
    last_interaction_at       INTEGER,
    last_conversation_at      INTEGER,
    last_conversation_summary TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX deals_prospect ON deals (prospect_id);
CREATE INDEX deals_open ON deals (prospect_id)
    WHERE stage IN ('lead', 'qualified', 'meeting', 'proposal', 'negotiation');
CREATE INDEX deals_lost ON deals (closed_on) WHERE stage = 'lost';
CREATE INDEX deals_last_response ON deals (last_response_at);

CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospects (id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals (id) ON DELETE SET NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'message', 'note')),
    direction   TEXT    NOT NULL CHECK (direction IN ('outbound', 'inbound', 'two-way')),
    occurred_at INTEGER NOT NULL,
    summary     TEXT    NOT NULL DEFAULT '',
    outcome     TEXT CHECK (outcome IS NULL OR outcome IN
        ('no-answer', 'left-voicemail', 'replied', 'promised-to-get-back', 'proposal-sent', 'said-no', 'not-now'))
);
CREATE INDEX interactions_prospect_time ON interactions (prospect_id, occurred_at);
CREATE INDEX interactions_deal_time ON interactions (deal_id, occurred_at);

CREATE TABLE checkin_changes (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    previous   TEXT,
    agreed     TEXT,
    changed_at INTEGER NOT NULL
);
CREATE INDEX checkin_changes_deal ON checkin_changes (deal_id, id);

CREATE TABLE snoozes (
    id          INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospects (id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals (id) ON DELETE CASCADE,
    until       TEXT    NOT NULL,
    reason      TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    created_at  INTEGER NOT NULL
);
CREATE INDEX snoozes_prospect ON snoozes (prospect_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE user_scripts (
    id         TEXT PRIMARY KEY,
    title      TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    principle  TEXT    NOT NULL DEFAULT '',
    source     TEXT    NOT NULL DEFAULT '',
    channel    TEXT    NOT NULL CHECK (channel IN ('phone', 'email', 'both', 'card')),
    subject    TEXT    NOT NULL DEFAULT '',
    email_body TEXT    NOT NULL DEFAULT '',
    phone_body TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Search-as-you-type over name, company, email and notes; kept in step by triggers.
CREATE VIRTUAL TABLE prospects_fts USING fts5 (
    name, company, email, notes,
    content = 'prospects', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE TRIGGER prospects_fts_insert AFTER INSERT ON prospects BEGIN
    INSERT INTO prospects_fts (rowid, name, company, email, notes)
    VALUES (new.id, new.name, new.company, new.email, new.notes);
END;
CREATE TRIGGER prospects_fts_delete AFTER DELETE ON prospects BEGIN
    INSERT INTO prospects_fts (prospects_fts, rowid, name, company, email, notes)
    VALUES ('delete', old.id, old.name, old.company, old.email, old.notes);
END;
CREATE TRIGGER prospects_fts_update AFTER UPDATE OF name, company, email, notes ON prospects BEGIN
    INSERT INTO prospects_fts (prospects_fts, rowid, name, company, email, notes)
    VALUES ('delete', old.id, old.name, old.company, old.email, old.notes);
    INSERT INTO prospects_fts (rowid, name, company, email, notes)
    VALUES (new.id, new.name, new.company, new.email, new.notes);
END;
