-- UDI Trust schema, version 4: GUDID staging tables shaped exactly like the live model tables (issue #4 speed).
--
-- A full release used to be copied from the staging tables into the live ones (7.2 M rows for 1,000,000 DIs, about
-- half of the import). With the same columns, types and constraints, the swap instead drops the live tables and
-- renames the staging ones in their place, inside one transaction (SQLite DDL is transactional: a crash or a
-- rollback leaves the previous release); SQLite rewrites the children's REFERENCES gudid_stage_model to
-- device_model as it renames. A delta release still merges by copying.
--
-- RULE for later migrations: whatever changes a live GUDID table (device_model, model_*) must change its staging
-- twin (gudid_stage_*) the same way, or a full import would bring back the old shape. GudidStagingTest compares
-- the two. Indexes are not part of the twin: the swap re-creates the live tables' own indexes.
--
-- The staging tables only ever hold rows of an import in progress, so they are dropped and created again.

DROP TABLE gudid_stage_identifier;
DROP TABLE gudid_stage_product_code;
DROP TABLE gudid_stage_gmdn_term;
DROP TABLE gudid_stage_premarket_submission;
DROP TABLE gudid_stage_sterilization_method;
DROP TABLE gudid_stage_model;

CREATE TABLE gudid_stage_model (
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
    search_text                      TEXT NOT NULL
);

CREATE TABLE gudid_stage_identifier (
    id               ${id_pk},
    primary_di       VARCHAR(64) NOT NULL REFERENCES gudid_stage_model (primary_di),
    device_id        VARCHAR(64) NOT NULL,
    id_type          TEXT NOT NULL,
    issuing_agency   TEXT,
    package_quantity INTEGER,
    package_type     TEXT
);

CREATE TABLE gudid_stage_product_code (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL REFERENCES gudid_stage_model (primary_di),
    code       TEXT NOT NULL,
    name       TEXT
);

CREATE TABLE gudid_stage_gmdn_term (
    id          ${id_pk},
    primary_di  VARCHAR(64) NOT NULL REFERENCES gudid_stage_model (primary_di),
    code        TEXT,
    name        TEXT NOT NULL,
    definition  TEXT,
    implantable ${boolean}
);

CREATE TABLE gudid_stage_premarket_submission (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL REFERENCES gudid_stage_model (primary_di),
    number     TEXT NOT NULL,
    supplement TEXT
);

CREATE TABLE gudid_stage_sterilization_method (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL REFERENCES gudid_stage_model (primary_di),
    method     TEXT NOT NULL
);
