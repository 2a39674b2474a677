package org.uditrust.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Read-only questions about the inventory, for the Devices view, the CLI and recalls. */
public final class InventoryQueries {

    private final Transactions transactions;

    public InventoryQueries(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public List<Device> page(DeviceQuery query, int offset, int limit) {
        return transactions.read(repos -> repos.devices().find(query, offset, limit));
    }

    public long count(DeviceQuery query) {
        return transactions.read(repos -> repos.devices().count(query));
    }

    public Optional<Device> device(long id) {
        return transactions.read(repos -> repos.devices().byId(id));
    }

    public Optional<DeviceModel> model(String di) {
        return transactions.read(repos -> repos.models().byDi(di));
    }

    public List<Device> recallMatches(RecallQuery query) {
        return transactions.read(repos -> repos.devices().recallMatches(query));
    }
}
