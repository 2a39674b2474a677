package org.uditrust.registry;

/**
 * A filter and sort order over the inventory for the Devices view and {@code uditrust device list}. Null fields do
 * not filter.
 *
 * @param text      matches any UDI part (DI, lot, serial, human-readable), model (brand, version/model, company) or
 *                  location, case-insensitively, as a substring
 * @param di        exactly this DI
 * @param status    only this status
 * @param site      only this site
 * @param sort      the column to sort by
 * @param ascending direction
 */
public record DeviceQuery(String text, String di, DeviceStatus status, String site, Sort sort, boolean ascending) {

    public enum Sort { REGISTERED, DI, LOT, SERIAL, EXPIRY, STATUS, LOCATION }

    public DeviceQuery {
        if (sort == null) {
            sort = Sort.REGISTERED;
        }
    }

    public static DeviceQuery all() {
        return new DeviceQuery(null, null, null, null, Sort.REGISTERED, false);
    }

    public static DeviceQuery text(String text) {
        return new DeviceQuery(text, null, null, null, Sort.REGISTERED, false);
    }
}
