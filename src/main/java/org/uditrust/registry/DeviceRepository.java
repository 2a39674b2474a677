package org.uditrust.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Devices in the store. Used inside a transaction from {@link Transactions}. */
public interface DeviceRepository {

    /** Stores a new device (its id is ignored) and returns it with its id; the caller has checked the UDI key. */
    Device insert(Device device);

    /**
     * Saves changed fields of a stored device if its {@code version} is still the stored one, and returns it with
     * the version incremented.
     *
     * @throws ConcurrentChangeException when someone else changed it first
     */
    Device update(Device device);

    Optional<Device> byId(long id);

    Optional<Device> byUdiKey(String udiKey);

    /** One page of devices matching {@code query}, in its sort order; never loads the whole table. */
    List<Device> find(DeviceQuery query, int offset, int limit);

    long count(DeviceQuery query);

    /** The devices a recall names, with where they are. */
    List<Device> recallMatches(RecallQuery query);

    /** Every device matching {@code query}, streamed in sort order without holding them in memory (exports). */
    void forEach(DeviceQuery query, Consumer<Device> sink);
}
