package org.uditrust.registry;

import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;

/**
 * The identity of a UDI for "never registered twice": issuer, DI and every PI field, in a fixed order, whatever the
 * order of the elements on the label or the carrier (DataMatrix, HRI, Digital Link) it was read from.
 */
public final class UdiKeys {

    private UdiKeys() {
    }

    public static String of(Udi udi) {
        return udi.issuer().name() + '|' + udi.di()
                + '|' + nullToEmpty(udi.lot())
                + '|' + nullToEmpty(udi.serial())
                + '|' + date(udi.expiry())
                + '|' + date(udi.manufactured())
                + '|' + nullToEmpty(udi.softwareVersion())
                + '|' + nullToEmpty(udi.donationId());
    }

    private static String date(UdiDate date) {
        return date == null ? "" : date.display();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
