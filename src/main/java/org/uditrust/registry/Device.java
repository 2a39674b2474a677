package org.uditrust.registry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.UdiDate;

/**
 * One physical device in the inventory: its UDI (DI + PI), where it is and what state it is in.
 *
 * @param id            store key; 0 before the device is stored
 * @param udiKey        the identity of the UDI ({@link UdiKeys#of}): the same UDI is never registered twice
 * @param issuer        issuing agency of the label
 * @param di            UDI-DI
 * @param lot           lot / batch, or null
 * @param serial        serial number, or null
 * @param expiry        expiry date, or null
 * @param manufactured  manufacturing date, or null
 * @param softwareVersion software version PI, or null
 * @param donationId    ISBT 128 donation identification number, or null
 * @param carrier       the raw carrier text as scanned (AIM identifier and GS kept)
 * @param humanReadable the human-readable form
 * @param status        life-cycle state
 * @param location      where it is
 * @param owner         responsible department or person, or null
 * @param notes         free text, or null
 * @param findings      contradictions between the label and its GUDID record
 * @param registeredAt  when it was registered
 * @param registeredBy  who registered it
 * @param updatedAt     last change
 * @param version       optimistic-lock counter, 1 for a new row, +1 per update
 */
public record Device(
        long id,
        String udiKey,
        Issuer issuer,
        String di,
        String lot,
        String serial,
        UdiDate expiry,
        UdiDate manufactured,
        String softwareVersion,
        String donationId,
        String carrier,
        String humanReadable,
        DeviceStatus status,
        Location location,
        String owner,
        String notes,
        List<LabelFinding> findings,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        long version) {

    public Device {
        Objects.requireNonNull(udiKey, "udiKey");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(di, "di");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(humanReadable, "humanReadable");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        findings = List.copyOf(findings);
    }

    public Device withId(long newId) {
        return new Device(newId, udiKey, issuer, di, lot, serial, expiry, manufactured, softwareVersion, donationId,
                carrier, humanReadable, status, location, owner, notes, findings, registeredAt, registeredBy,
                updatedAt, version);
    }

    public Device withStatus(DeviceStatus newStatus, Instant at) {
        return new Device(id, udiKey, issuer, di, lot, serial, expiry, manufactured, softwareVersion, donationId,
                carrier, humanReadable, newStatus, location, owner, notes, findings, registeredAt, registeredBy,
                at, version);
    }

    public Device withLocation(Location newLocation, Instant at) {
        return new Device(id, udiKey, issuer, di, lot, serial, expiry, manufactured, softwareVersion, donationId,
                carrier, humanReadable, status, newLocation, owner, notes, findings, registeredAt, registeredBy,
                at, version);
    }

    public Device withOwnerAndNotes(String newOwner, String newNotes, Instant at) {
        return new Device(id, udiKey, issuer, di, lot, serial, expiry, manufactured, softwareVersion, donationId,
                carrier, humanReadable, status, location, newOwner, newNotes, findings, registeredAt, registeredBy,
                at, version);
    }
}
