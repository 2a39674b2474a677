package org.uditrust.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Device identities and provisioning records in the store. Used inside a transaction from {@link Transactions}. */
public interface IdentityRepository {

    /** Stores a new identity (id ignored, version 1); the caller checked the fingerprint is new. */
    DeviceIdentity insert(DeviceIdentity identity);

    /**
     * Saves a stored identity if its version is still the stored one; returns it with the version incremented.
     *
     * @throws ConcurrentChangeException when someone else changed it first
     */
    DeviceIdentity update(DeviceIdentity identity);

    /**
     * Stores only a new validation outcome (a narrow update: the certificate is not written again), if the version
     * is still {@code expectedVersion}; returns false when someone else changed the identity first.
     */
    boolean updateValidation(long id, long expectedVersion, ValidationState state, String rule, String message,
                             Instant at);

    Optional<DeviceIdentity> byId(long id);

    Optional<DeviceIdentity> byFingerprint(String fingerprint);

    /** Identities whose fingerprint starts with {@code prefix} (at most {@code limit}). */
    List<DeviceIdentity> byFingerprintPrefix(String prefix, int limit);

    List<DeviceIdentity> ofDevice(long deviceId);

    /** Up to {@code limit} identities with an id above {@code afterId}, in id order (walk them page by page). */
    List<DeviceIdentity> page(long afterId, int limit);

    long count();

    /** Certificates whose validity ends in [{@code from}, {@code to}), soonest first. */
    List<DeviceIdentity> expiringBetween(Instant from, Instant to, int limit);

    List<DeviceIdentity> withValidation(ValidationState state, int limit);

    /** Ids of devices that have no bound identity (at most {@code limit}). */
    List<Long> devicesWithoutIdentity(int limit);

    ProvisioningRecord insertProvisioning(ProvisioningRecord record);

    List<ProvisioningRecord> provisioningOf(long deviceId);
}
