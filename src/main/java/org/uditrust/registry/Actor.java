package org.uditrust.registry;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Who makes a change, for the audit trail. Until user accounts exist (a later issue) this is the operating-system
 * user at this workstation.
 */
public record Actor(String user, String workstation) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(workstation, "workstation");
    }

    public static Actor operatingSystemUser() {
        String user = System.getProperty("user.name", "unknown");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            host = "unknown-host";
        }
        return new Actor(user, host);
    }

    /** The form the audit trail records: {@code user@workstation}. */
    public String auditName() {
        return user + "@" + workstation;
    }
}
