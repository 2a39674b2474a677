-- UDI Trust schema, version 1: the device registry (issue #4).
--
-- Portable SQL: the same file runs on SQLite and PostgreSQL. The few type spellings that differ between them are
-- Flyway placeholders filled by org.uditrust.store.SqlDialect (the one place that knows the dialects):
--   ${id_pk}    a generated 64-bit integer primary key   (SQLite: INTEGER PRIMARY KEY, the rowid)
--   ${int64_pk} a 64-bit integer primary key given by us  (SQLite: INTEGER PRIMARY KEY)
--   ${boolean}  true/false                                 (SQLite: INTEGER 0/1)
--   ${blob}     bytes                                      (SQLite: BLOB; PostgreSQL: BYTEA)
--
-- Time: instants are BIGINT milliseconds since 1970-01-01T00:00:00Z (UTC) - exact, sortable, indexable, and the
-- audit chain hashes instants at millisecond precision anyway. Calendar dates are TEXT 'YYYY-MM-DD' (ISO 8601),
-- which sorts like the dates it holds; a label date keeps its precision in a separate column.

-- GUDID device models, keyed by primary DI. Child rows refer to the primary DI (not the surrogate id) so a release
-- can be staged and swapped in by DI without translating keys.
CREATE TABLE device_model (
    id                               ${id_pk},
    primary_di                       VARCHAR(64) NOT NULL UNIQUE,
    issuing_agency                   TEXT,
    brand_name                       TEXT,
    version_model_number             TEXT,
    catalog_number                   TEXT,
    company_name                     TEXT,
    duns_number                      TEXT,
    device_description               TEXT,
    commercial_distribution_status   TEXT,
    commercial_distribution_end_date TEXT,
    mri_safety_status                TEXT,
    sterile                          ${boolean},
    sterilization_prior_to_use       ${boolean},
    single_use                       ${boolean},
    pi_lot                           ${boolean} NOT NULL,
    pi_serial                        ${boolean} NOT NULL,
    pi_manufacturing_date            ${boolean} NOT NULL,
    pi_expiration_date               ${boolean} NOT NULL,
    pi_donation_id                   ${boolean} NOT NULL,
    public_version_number            INTEGER,
    public_version_date              TEXT,
    -- lower-case brand | model | company | catalog | DI, for substring search
    search_text                      TEXT NOT NULL
);

-- Every DI of a model (primary, package, unit of use, direct marking, previous); order of rows = order of id.
CREATE TABLE model_identifier (
    id               ${id_pk},
    primary_di       VARCHAR(64) NOT NULL REFERENCES device_model (primary_di),
    device_id        VARCHAR(64) NOT NULL,
    id_type          TEXT NOT NULL,
    issuing_agency   TEXT,
    package_quantity INTEGER,
    package_type     TEXT
);
CREATE INDEX model_identifier_model ON model_identifier (primary_di);
CREATE INDEX model_identifier_di ON model_identifier (device_id);

CREATE TABLE model_product_code (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL REFERENCES device_model (primary_di),
    code       TEXT NOT NULL,
    name       TEXT
);
CREATE INDEX model_product_code_model ON model_product_code (primary_di);
CREATE INDEX model_product_code_code ON model_product_code (code);

CREATE TABLE model_gmdn_term (
    id          ${id_pk},
    primary_di  VARCHAR(64) NOT NULL REFERENCES device_model (primary_di),
    code        TEXT,
    name        TEXT NOT NULL,
    definition  TEXT,
    implantable ${boolean}
);
CREATE INDEX model_gmdn_term_model ON model_gmdn_term (primary_di);

CREATE TABLE model_premarket_submission (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL REFERENCES device_model (primary_di),
    number     TEXT NOT NULL,
    supplement TEXT
);
CREATE INDEX model_premarket_submission_model ON model_premarket_submission (primary_di);
CREATE INDEX model_premarket_submission_number ON model_premarket_submission (number);

CREATE TABLE model_sterilization_method (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL REFERENCES device_model (primary_di),
    method     TEXT NOT NULL
);
CREATE INDEX model_sterilization_method_model ON model_sterilization_method (primary_di);

-- Registered devices. The DI is not a foreign key: a device may be registered before (or without) its GUDID model.
CREATE TABLE device (
    id                     ${id_pk},
    udi_key                VARCHAR(512) NOT NULL UNIQUE,
    issuer                 VARCHAR(16) NOT NULL,
    di                     VARCHAR(64) NOT NULL,
    lot                    TEXT,
    serial                 TEXT,
    -- label dates: calendar date, time of day ('HH:MM') when given, and precision (MONTH, DAY, HOUR, MINUTE)
    expiry_date            TEXT,
    expiry_time            TEXT,
    expiry_precision       VARCHAR(8),
    manufactured_date      TEXT,
    manufactured_time      TEXT,
    manufactured_precision VARCHAR(8),
    software_version       TEXT,
    donation_id            TEXT,
    carrier                TEXT NOT NULL,
    human_readable         TEXT NOT NULL,
    status                 VARCHAR(16) NOT NULL,
    site                   TEXT,
    building               TEXT,
    department             TEXT,
    room                   TEXT,
    owner                  TEXT,
    notes                  TEXT,
    -- label-versus-GUDID findings: a JSON array of {"code","message"}; '[]' when none
    findings_json          TEXT NOT NULL,
    registered_at          BIGINT NOT NULL,
    registered_by          TEXT NOT NULL,
    updated_at             BIGINT NOT NULL,
    -- optimistic lock: 1 on insert, +1 per update
    version                BIGINT NOT NULL,
    -- lower-case DI | lot | serial | human-readable | site | building | department | room, for substring search
    search_text            TEXT NOT NULL
);
-- Recall queries: DI + lots, DI + serials or a serial range; both are range scans of one index.
CREATE INDEX device_di_lot ON device (di, lot);
CREATE INDEX device_di_serial ON device (di, serial);
-- Filters and sort orders of the Devices view (each index ends with the id, implicitly or explicitly, so a page
-- in sort order is an index walk).
CREATE INDEX device_expiry ON device (expiry_date, id);
CREATE INDEX device_status ON device (status, id);
CREATE INDEX device_location ON device (site, building, department, room, id);
CREATE INDEX device_registered ON device (registered_at, id);

-- Every scan, valid or not.
CREATE TABLE scan_event (
    id          ${id_pk},
    at          BIGINT NOT NULL,
    actor       TEXT NOT NULL,
    workstation TEXT,
    raw_input   TEXT NOT NULL,
    valid       ${boolean} NOT NULL,
    di          VARCHAR(64),
    device_id   BIGINT REFERENCES device (id),
    outcome     VARCHAR(32) NOT NULL
);
CREATE INDEX scan_event_at ON scan_event (at, id);
CREATE INDEX scan_event_device ON scan_event (device_id);

-- The hash-chained audit trail (package audit). sequence is given by the application (1, 2, 3, ... without gaps),
-- never generated, so a removed row shows as a gap.
CREATE TABLE audit_entry (
    sequence      ${int64_pk},
    at            BIGINT NOT NULL,
    actor         TEXT NOT NULL,
    action        VARCHAR(64) NOT NULL,
    entity_type   VARCHAR(64) NOT NULL,
    entity_id     TEXT NOT NULL,
    before_json   TEXT,
    after_json    TEXT,
    previous_hash CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- Ready for later issues: device identities (certificates bound to a device), attestations, recalls and matches.
CREATE TABLE identity (
    id                 ${id_pk},
    device_id          BIGINT NOT NULL REFERENCES device (id),
    kind               VARCHAR(32) NOT NULL,
    subject            TEXT,
    issuer             TEXT,
    serial_number      TEXT,
    fingerprint_sha256 CHAR(64) NOT NULL,
    certificate        ${blob},
    not_before         BIGINT,
    not_after          BIGINT,
    bound_at           BIGINT NOT NULL,
    bound_by           TEXT NOT NULL,
    revoked_at         BIGINT,
    version            BIGINT NOT NULL
);
CREATE INDEX identity_device ON identity (device_id);
CREATE UNIQUE INDEX identity_fingerprint ON identity (fingerprint_sha256);

CREATE TABLE attestation (
    id           ${id_pk},
    device_id    BIGINT NOT NULL REFERENCES device (id),
    identity_id  BIGINT REFERENCES identity (id),
    at           BIGINT NOT NULL,
    actor        TEXT NOT NULL,
    verdict      VARCHAR(32) NOT NULL,
    evidence     ${blob},
    details_json TEXT
);
CREATE INDEX attestation_device ON attestation (device_id, at);

CREATE TABLE recall (
    id             ${id_pk},
    source         VARCHAR(32) NOT NULL,
    reference      TEXT NOT NULL,
    title          TEXT,
    classification VARCHAR(16),
    published      TEXT,
    criteria_json  TEXT,
    created_at     BIGINT NOT NULL,
    created_by     TEXT NOT NULL,
    version        BIGINT NOT NULL
);
CREATE UNIQUE INDEX recall_reference ON recall (source, reference);

CREATE TABLE recall_match (
    id         ${id_pk},
    recall_id  BIGINT NOT NULL REFERENCES recall (id),
    device_id  BIGINT NOT NULL REFERENCES device (id),
    matched_at BIGINT NOT NULL,
    state      VARCHAR(16) NOT NULL,
    UNIQUE (recall_id, device_id)
);
CREATE INDEX recall_match_device ON recall_match (device_id);

-- GUDID release staging: rows land here file by file (in many small transactions) and are swapped into the live
-- model tables in one transaction at commit. No foreign keys: child files may arrive before device.txt.
CREATE TABLE gudid_stage_model (
    primary_di                       VARCHAR(64) NOT NULL PRIMARY KEY,
    issuing_agency                   TEXT,
    brand_name                       TEXT,
    version_model_number             TEXT,
    catalog_number                   TEXT,
    company_name                     TEXT,
    duns_number                      TEXT,
    device_description               TEXT,
    commercial_distribution_status   TEXT,
    commercial_distribution_end_date TEXT,
    mri_safety_status                TEXT,
    sterile                          ${boolean},
    sterilization_prior_to_use       ${boolean},
    single_use                       ${boolean},
    pi_lot                           ${boolean} NOT NULL,
    pi_serial                        ${boolean} NOT NULL,
    pi_manufacturing_date            ${boolean} NOT NULL,
    pi_expiration_date               ${boolean} NOT NULL,
    pi_donation_id                   ${boolean} NOT NULL,
    public_version_number            INTEGER,
    public_version_date              TEXT,
    search_text                      TEXT NOT NULL
);

CREATE TABLE gudid_stage_identifier (
    id               ${id_pk},
    primary_di       VARCHAR(64) NOT NULL,
    device_id        VARCHAR(64) NOT NULL,
    id_type          TEXT NOT NULL,
    issuing_agency   TEXT,
    package_quantity INTEGER,
    package_type     TEXT
);

CREATE TABLE gudid_stage_product_code (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL,
    code       TEXT NOT NULL,
    name       TEXT
);

CREATE TABLE gudid_stage_gmdn_term (
    id          ${id_pk},
    primary_di  VARCHAR(64) NOT NULL,
    code        TEXT,
    name        TEXT NOT NULL,
    definition  TEXT,
    implantable ${boolean}
);

CREATE TABLE gudid_stage_premarket_submission (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL,
    number     TEXT NOT NULL,
    supplement TEXT
);

CREATE TABLE gudid_stage_sterilization_method (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL,
    method     TEXT NOT NULL
);
