-- Candor schema version 8. Released: never edit; add V9__... instead.
-- Mail already read (docs/MAIL.md): each message once, keyed by its Message-ID (or, without one, a digest of
-- sender, date and subject), so importing or syncing the same mail twice adds nothing. Only the key, the thread
-- it belongs to and the interaction it became are kept; never the message itself.
CREATE TABLE mail_seen (
    message_key    TEXT    PRIMARY KEY,
    thread_key     TEXT    NOT NULL DEFAULT '',
    interaction_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
    seen_at        INTEGER NOT NULL
);
CREATE INDEX mail_seen_thread ON mail_seen (thread_key);

-- Addresses a bounce said cannot be delivered to.
CREATE TABLE failing_addresses (
    address   TEXT    PRIMARY KEY COLLATE NOCASE,
    failed_at INTEGER NOT NULL,
    reason    TEXT    NOT NULL DEFAULT ''
);
