package org.uditrust.registry;

import java.util.Objects;

/**
 * The inventory's services over one open database, as the composition root wires them for the faces.
 *
 * @param transactions  transactions over the store (for reads the services below do not cover, e.g. the audit view)
 * @param registration  scan-to-register
 * @param devices       changes to registered devices
 * @param inventory     queries over the inventory
 * @param gudid         GUDID release import target
 * @param maintenance   backup, restore, database facts
 * @param trust         manufacturers' anchors, pins, binding rules, CRLs and OCSP responses
 * @param identities    device identities: import, bind, provisioning records
 * @param identityValidation validation of stored identities and the life-cycle lists
 */
public record RegistryServices(Transactions transactions, RegistrationService registration, DeviceService devices,
                               InventoryQueries inventory, GudidStore gudid, DatabaseMaintenance maintenance,
                               ManufacturerTrustService trust, IdentityService identities,
                               IdentityValidationService identityValidation) {
    public RegistryServices {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(gudid, "gudid");
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(identities, "identities");
        Objects.requireNonNull(identityValidation, "identityValidation");
    }
}
