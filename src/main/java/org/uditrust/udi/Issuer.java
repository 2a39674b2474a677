package org.uditrust.udi;

/** The FDA-accredited issuing agencies whose UDI syntaxes UDI Trust reads. */
public enum Issuer {
    GS1,
    HIBCC,
    /** ICCBBA, whose syntax is ISBT 128. */
    ICCBBA
}
