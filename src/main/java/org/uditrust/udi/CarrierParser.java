package org.uditrust.udi;

/**
 * One issuing agency's syntax. Implementations never throw for bad input: every fault becomes a {@link Problem}
 * whose position indexes {@link ScanInput#raw()}.
 */
public interface CarrierParser {

    ParseResult parse(ScanInput input);
}
