package org.uditrust.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GUDID models by DI for one transaction, least recently used dropped first. An inventory holds many units of few
 * models, so a million-row import or export asks the store about each DI once, not once a row.
 */
public final class ModelCache {

    private final ModelRepository models;
    private final Map<String, Optional<DeviceModel>> cache;

    /**
     * @param models   the model repository of the open transaction
     * @param capacity most DIs remembered
     */
    public ModelCache(ModelRepository models, int capacity) {
        this.models = models;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<DeviceModel>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The model of {@code di}, or null when GUDID does not know it. */
    public DeviceModel byDi(String di) {
        Optional<DeviceModel> model = cache.get(di);
        if (model == null) {
            model = models.byDi(di);
            cache.put(di, model);
        }
        return model.orElse(null);
    }
}
