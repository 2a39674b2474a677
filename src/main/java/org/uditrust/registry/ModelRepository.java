package org.uditrust.registry;

import java.util.List;
import java.util.Optional;

/** GUDID device models in the store. */
public interface ModelRepository {

    /** The model whose primary DI, or any other DI (package, unit of use, direct marking, previous), is {@code di}. */
    Optional<DeviceModel> byDi(String di);

    /** Inserts or replaces one model with its child rows (a single AccessGUDID lookup, or a manual entry). */
    void upsert(DeviceModel model);

    /** Models whose brand, model, company, catalog number or DI contains {@code text}, one page. */
    List<DeviceModel> find(String text, int offset, int limit);

    long count();
}
