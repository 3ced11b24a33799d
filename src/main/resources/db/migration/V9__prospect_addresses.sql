-- Candor schema version 9. Released: never edit; add V10__... instead.
-- A prospect's other email addresses (the first is prospects.email): mail from any of them is theirs, and no
-- two prospects share one.
CREATE TABLE prospect_addresses (
    address     TEXT    PRIMARY KEY COLLATE NOCASE,
    prospect_id INTEGER NOT NULL REFERENCES prospects (id) ON DELETE CASCADE
);
CREATE INDEX prospect_addresses_prospect ON prospect_addresses (prospect_id);
