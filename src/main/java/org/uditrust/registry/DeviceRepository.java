package org.uditrust.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Devices in the store. Used inside a transaction from {@link Transactions}. */
public interface DeviceRepository {

    /** Stores a new device (its id is ignored) and returns it with its id; the caller has checked the UDI key. */
    Device insert(Device device);

    /**
     * Stores new devices in order, as that many {@link #insert} calls would, and returns them with their ids; a
     * store may write them together (bulk imports). The caller has checked that the UDI keys are new and distinct.
     */
    default List<Device> insertAll(List<Device> devices) {
        List<Device> stored = new ArrayList<>(devices.size());
        for (Device device : devices) {
            stored.add(insert(device));
        }
        return stored;
    }

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

    /**
     * Before inserting many devices in this transaction: lets the store stop maintaining the indexes that only
     * serve queries (recall, sort orders) row by row, and build them once when {@link IndexDeferral#restore()} is
     * called, which the caller must do before its transaction commits. A rolled-back transaction needs no restore.
     * The uniqueness of the UDI key is still enforced on every insert. By default nothing is deferred.
     */
    default IndexDeferral deferQueryIndexes() {
        return IndexDeferral.NONE;
    }

    /** Indexes set aside by {@link #deferQueryIndexes()}; {@link #restore()} builds them again. */
    @FunctionalInterface
    interface IndexDeferral {

        /** Nothing was deferred. */
        IndexDeferral NONE = () -> { };

        void restore();
    }
}
