-- UDI Trust schema, version 5: GUDID customer contacts, device sizes and storage conditions (issue #4).
--
-- contacts.txt, deviceSizes.txt and environmentalConditions.txt were read and checked but not kept. Recall teams
-- need the labeler's customer contact; biomedical engineers need sizes and storage/handling limits. Each becomes a
-- child table of device_model keyed by primary DI, like model_product_code (V1), with its staging twin shaped
-- exactly like it (V4's rule: GudidSwapSchemaTest compares them), so a full release is still swapped in by renaming.
--
-- Sizes and limits stay TEXT exactly as GUDID gives them ('3.0' is not 3): they are labels to show and compare, not
-- numbers to compute with, and a float would change what the labeler wrote. Order of rows = order of id.

CREATE TABLE model_contact (
    id              ${id_pk},
    primary_di      VARCHAR(64) NOT NULL REFERENCES device_model (primary_di),
    phone           TEXT,
    phone_extension TEXT,
    email           TEXT
);
CREATE INDEX model_contact_model ON model_contact (primary_di);

CREATE TABLE model_device_size (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL REFERENCES device_model (primary_di),
    size_type  TEXT NOT NULL,
    size_unit  TEXT,
    size_value TEXT,
    size_text  TEXT
);
CREATE INDEX model_device_size_model ON model_device_size (primary_di);

CREATE TABLE model_storage_condition (
    id                     ${id_pk},
    primary_di             VARCHAR(64) NOT NULL REFERENCES device_model (primary_di),
    condition_type         TEXT NOT NULL,
    high_unit              TEXT,
    high_value             TEXT,
    low_unit               TEXT,
    low_value              TEXT,
    special_condition_text TEXT
);
CREATE INDEX model_storage_condition_model ON model_storage_condition (primary_di);

CREATE TABLE gudid_stage_contact (
    id              ${id_pk},
    primary_di      VARCHAR(64) NOT NULL REFERENCES gudid_stage_model (primary_di),
    phone           TEXT,
    phone_extension TEXT,
    email           TEXT
);

CREATE TABLE gudid_stage_device_size (
    id         ${id_pk},
    primary_di VARCHAR(64) NOT NULL REFERENCES gudid_stage_model (primary_di),
    size_type  TEXT NOT NULL,
    size_unit  TEXT,
    size_value TEXT,
    size_text  TEXT
);

CREATE TABLE gudid_stage_storage_condition (
    id                     ${id_pk},
    primary_di             VARCHAR(64) NOT NULL REFERENCES gudid_stage_model (primary_di),
    condition_type         TEXT NOT NULL,
    high_unit              TEXT,
    high_value             TEXT,
    low_unit               TEXT,
    low_value              TEXT,
    special_condition_text TEXT
);
