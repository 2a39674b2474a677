package org.uditrust.bench;

/** HIBCC benchmark input, with its check character computed by hand from the Code 39 value table. */
final class HibccSample {

    /**
     * Primary {@code +A123BJC5D6E71} then {@code /$$3} YYMMDD {@code 281231}, lot {@code LOT12345}, then the mod-43
     * check character over all of it.
     */
    static final String CONCATENATED = "+A123BJC5D6E71/$$3281231LOT12345" + check("+A123BJC5D6E71/$$3281231LOT12345");

    private static final String CODE39 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

    static char check(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += CODE39.indexOf(data.charAt(i));
        }
        return CODE39.charAt(sum % 43);
    }

    private HibccSample() {
    }
}
