package org.uditrust.udi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed, valid Unique Device Identifier: the device identifier (model) and the production identifiers (unit).
 *
 * <p>Absent PI fields are {@code null} in the record components (the JSON contract says so too); the
 * {@code Optional} accessors are for callers that prefer them.
 *
 * @param issuer         the issuing agency whose syntax carried it
 * @param di             the UDI-DI: GTIN-14 for GS1, LIC + product code + unit of measure for HIBCC, the PPIC
 *                       (processor product identification code) for ISBT 128
 * @param lot            batch or lot, or null
 * @param serial         serial number, or null
 * @param expiry         expiration date, or null
 * @param manufactured   manufacturing (production) date, or null
 * @param softwareVersion software version PI (GS1 AI 8012), or null
 * @param donationId     ISBT 128 donation identification number (13 characters), or null
 * @param elements       every field read, in carrier order
 * @param raw            the carrier text exactly as received (AIM identifier and separators included)
 * @param humanReadable  the human-readable interpretation printed under the barcode
 */
public record Udi(
        Issuer issuer,
        String di,
        String lot,
        String serial,
        UdiDate expiry,
        UdiDate manufactured,
        String softwareVersion,
        String donationId,
        List<DataElement> elements,
        String raw,
        String humanReadable) {

    public Udi {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(di, "di");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(humanReadable, "humanReadable");
        elements = List.copyOf(elements);
    }

    public Optional<String> lotValue() {
        return Optional.ofNullable(lot);
    }

    public Optional<String> serialValue() {
        return Optional.ofNullable(serial);
    }

    public Optional<UdiDate> expiryValue() {
        return Optional.ofNullable(expiry);
    }

    public Optional<UdiDate> manufacturedValue() {
        return Optional.ofNullable(manufactured);
    }

    /** True when the label carries any production identifier (lot, serial, dates, software version, donation). */
    public boolean hasProductionIdentifier() {
        return lot != null || serial != null || expiry != null || manufactured != null
                || softwareVersion != null || donationId != null;
    }
}
