-- UDI Trust schema, version 3: device identities (issue #5, hospital side): manufacturers' trust anchors and the
-- models they are pinned to, binding rules, revocation data, device certificates, provisioning records.
-- Portable SQL with the placeholders of V1 (see there). Certificates, CRLs and OCSP responses are kept as DER so
-- they can be validated again later; fingerprints are SHA-256 of the DER, lower-case hex.

-- V1's identity table was a placeholder, never written: an identity may now be held before it belongs to a device
-- (device_id nullable) and carries its binding and validation state. attestation refers to it and is as empty, so
-- both are dropped and made again (DROP is portable; ALTER COLUMN ... DROP NOT NULL is not).
DROP TABLE attestation;
DROP TABLE identity;

-- Certificates a user trusts for a manufacturer (roots, or intermediates trusted on purpose). Trust is per model:
-- an anchor validates a device only when it is pinned to the device's DI (anchor_pin).
CREATE TABLE trust_anchor (
    id                 ${id_pk},
    manufacturer       TEXT NOT NULL,
    fingerprint_sha256 CHAR(64) NOT NULL UNIQUE,
    subject            TEXT NOT NULL,
    issuer             TEXT NOT NULL,
    not_before         BIGINT NOT NULL,
    not_after          BIGINT NOT NULL,
    certificate        ${blob} NOT NULL,
    imported_at        BIGINT NOT NULL,
    imported_by        TEXT NOT NULL
);
CREATE INDEX trust_anchor_manufacturer ON trust_anchor (manufacturer);

-- Which models (UDI-DI, GTIN-14 for GS1) an anchor may vouch for.
CREATE TABLE anchor_pin (
    id        ${id_pk},
    anchor_id BIGINT NOT NULL REFERENCES trust_anchor (id),
    di        VARCHAR(64) NOT NULL,
    pinned_at BIGINT NOT NULL,
    pinned_by TEXT NOT NULL,
    UNIQUE (anchor_id, di)
);
CREATE INDEX anchor_pin_di ON anchor_pin (di);

-- CA certificates that came with device chains: candidates for path building, never trusted by themselves.
CREATE TABLE intermediate_certificate (
    id                 ${id_pk},
    fingerprint_sha256 CHAR(64) NOT NULL UNIQUE,
    subject            TEXT NOT NULL,
    issuer             TEXT NOT NULL,
    certificate        ${blob} NOT NULL,
    imported_at        BIGINT NOT NULL
);

-- Per manufacturer: where its device certificates carry the serial and the model (org.uditrust.identity.BindingRule).
CREATE TABLE binding_rule (
    id               ${id_pk},
    manufacturer     TEXT NOT NULL UNIQUE,
    serial_source    VARCHAR(32) NOT NULL,
    model_source     VARCHAR(32) NOT NULL,
    -- {"hwType OID": "DI", ...}, canonical JSON
    hw_type_map_json TEXT NOT NULL,
    updated_at       BIGINT NOT NULL,
    updated_by       TEXT NOT NULL
);

-- The newest CRL per issuer (by CRL number, then thisUpdate); an older one imported later is refused.
CREATE TABLE crl (
    id                 ${id_pk},
    issuer             TEXT NOT NULL UNIQUE,
    -- cRLNumber in lower-case hex (up to 20 octets, RFC 5280 5.2.3: too large for BIGINT), or null when absent
    crl_number         VARCHAR(42),
    this_update        BIGINT NOT NULL,
    next_update        BIGINT,
    fingerprint_sha256 CHAR(64) NOT NULL,
    der                ${blob} NOT NULL,
    imported_at        BIGINT NOT NULL,
    imported_by        TEXT NOT NULL
);

-- OCSP responses saved from a responder (validation is offline: they are used as stored).
CREATE TABLE ocsp_response (
    id                 ${id_pk},
    fingerprint_sha256 CHAR(64) NOT NULL UNIQUE,
    produced_at        BIGINT NOT NULL,
    der                ${blob} NOT NULL,
    imported_at        BIGINT NOT NULL,
    imported_by        TEXT NOT NULL
);

-- Device identities: certificates (IDevID, LDevID, TPM EK/AK …) or recorded symmetric/shared keys (no certificate).
CREATE TABLE identity (
    id                 ${id_pk},
    device_id          BIGINT REFERENCES device (id),
    kind               VARCHAR(16) NOT NULL,
    -- UNBOUND, BOUND, CONFLICTING; binding_detail says why (a conflict names the field and both values)
    binding            VARCHAR(16) NOT NULL,
    binding_detail     TEXT,
    subject            TEXT NOT NULL,
    issuer             TEXT NOT NULL,
    serial_hex         VARCHAR(64) NOT NULL,
    fingerprint_sha256 CHAR(64) NOT NULL UNIQUE,
    public_key_sha256  CHAR(64) NOT NULL,
    key_algorithm      VARCHAR(16) NOT NULL,
    key_bits           INTEGER NOT NULL,
    not_before         BIGINT,
    not_after          BIGINT,
    -- what the certificate asserts under its manufacturer's rule when last read (for clone detection)
    claimed_di         VARCHAR(64),
    claimed_serial     TEXT,
    certificate        ${blob},
    -- NOT_VALIDATED, VALID, INVALID, REVOKED; the rule code and sentence of the first failure
    validation         VARCHAR(16) NOT NULL,
    validation_rule    VARCHAR(64),
    validation_message TEXT,
    validated_at       BIGINT,
    imported_at        BIGINT NOT NULL,
    imported_by        TEXT NOT NULL,
    version            BIGINT NOT NULL
);
CREATE INDEX identity_device ON identity (device_id);
CREATE INDEX identity_public_key ON identity (public_key_sha256);
CREATE INDEX identity_issuer_serial ON identity (issuer, serial_hex);
CREATE INDEX identity_not_after ON identity (not_after);
CREATE INDEX identity_validation ON identity (validation);

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

-- A device certificate this installation's provisioning CA issued (manufacturer side).
CREATE TABLE provisioning_record (
    id             ${id_pk},
    device_id      BIGINT NOT NULL REFERENCES device (id),
    identity_id    BIGINT NOT NULL REFERENCES identity (id),
    ca_subject     TEXT NOT NULL,
    batch          TEXT,
    provisioned_at BIGINT NOT NULL,
    provisioned_by TEXT NOT NULL
);
CREATE INDEX provisioning_record_device ON provisioning_record (device_id);
