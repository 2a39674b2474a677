package org.uditrust.udi.isbt128;

import java.util.List;

/**
 * The ISBT 128 data structures this parser knows: number, data identifier, fixed content length, per-character rule
 * and title. Every structure here has a fixed length, which is what lets concatenated structures be split without
 * separators (ST-001 §2.1: data identifier, then data content of a length the structure defines).
 *
 * <p>Sources: ST-001 §2.4 (data structures, Table 2 data identifiers), ST-017 §2-§5 (the UDI structures and their
 * character sets); see {@code package-info.java} for the readings chosen where the texts are not explicit.
 */
enum Structure {

    /**
     * 001 DIN {@code =αppppyynnnnnnff}. The second data identifier character α is also the first content character
     * (ST-001 §2.4.1: "the only data structure in which the second character of the data identifier shall be part
     * of the data content"), so the identifier is just {@code =} and the content is 15 characters.
     */
    DIN("001", "=", "Donation Identification Number (DIN) [001]", Role.DONATION,
            field("facility identification number (FIN)", "FAANN"), field("year", "NN"),
            field("sequence number", "NNNNNN"), field("flag characters", "GG")),
    BLOOD_GROUPS("002", "=%", "Blood Groups [ABO and RhD] [002]", Role.OTHER, field("blood groups", "PPPP")),
    PRODUCT_CODE("003", "=<", "Product Code [003]", Role.OTHER, field("product code", "PPPPPPPP")),
    /** 004 {@code =>cyyjjj}. */
    EXPIRATION_DATE("004", "=>", "Expiration Date [004]", Role.EXPIRY, dateFields()),
    /** 005 {@code &>cyyjjjhhmm}. */
    EXPIRATION_DATE_TIME("005", "&>", "Expiration Date and Time [005]", Role.EXPIRY, dateTimeFields()),
    COLLECTION_DATE("006", "=*", "Collection Date [006]", Role.OTHER_DATE, dateFields()),
    COLLECTION_DATE_TIME("007", "&*", "Collection Date and Time [007]", Role.OTHER_DATE, dateTimeFields()),
    /** 008 <code>=&#125;cyyjjj</code>. */
    PRODUCTION_DATE("008", "=}", "Production Date [008]", Role.MANUFACTURED, dateFields()),
    /** 009 <code>&amp;&#125;cyyjjjhhmm</code>. */
    PRODUCTION_DATE_TIME("009", "&}", "Production Date and Time [009]", Role.MANUFACTURED, dateTimeFields()),
    /** 023 {@code =+aabbb}: aa structures follow; bbb is 000 or an ICCBBA-assigned message type (RT017). */
    COMPOUND_MESSAGE("023", "=+", "Compound Message [023]", Role.COMPOUND,
            field("number of data structures", "NN"), field("message type", "NNN")),
    /** 032 {@code =,dddddd}: the UDI serial number (ST-017). */
    PRODUCT_DIVISIONS("032", "=,", "Product Divisions [032]", Role.SERIAL, field("division code", "XXXXXX")),
    /** 034 {@code =/}: FIN(P) 5, facility-defined product code 6, product description code 5: the UDI-DI. */
    PPIC("034", "=/", "Processor Product Identification Code (PPIC) [034]", Role.DI,
            field("processor's facility identification number FIN(P)", "AAAAA"),
            field("facility-defined product code", "XXXXXX"), field("product description code", "XXXXX")),
    /** 035 {@code &,1} + 18: the UDI lot number (upper case only within a UDI, ST-017). */
    MPHO_LOT("035", "&,1", "MPHO Lot Number [035]", Role.LOT, field("lot number", "XXXXXXXXXXXXXXXXXX")),
    MPHO_SUPPLEMENTAL_ID("036", "&,2", "MPHO Supplemental Identification Number [036]", Role.OTHER,
            field("supplemental identification number", "PPPPPPPPPPPPPPPPPP"));

    private static final Structure[] ALL = values();

    /** What a structure contributes to a {@link org.uditrust.udi.Udi}. */
    enum Role { DI, DONATION, SERIAL, LOT, EXPIRY, MANUFACTURED, COMPOUND, OTHER_DATE, OTHER }

    /** One named run of characters inside the content, with its rule (one {@link CharClass} letter a character). */
    record Field(String name, String pattern) {
    }

    private final String number;
    private final String identifier;
    private final String title;
    private final Role role;
    private final List<Field> fields;
    private final CharClass[] rule;

    Structure(String number, String identifier, String title, Role role, Field... fields) {
        this.number = number;
        this.identifier = identifier;
        this.title = title;
        this.role = role;
        this.fields = List.of(fields);
        StringBuilder pattern = new StringBuilder();
        for (Field f : fields) {
            pattern.append(f.pattern());
        }
        this.rule = new CharClass[pattern.length()];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = CharClass.of(pattern.charAt(i));
        }
    }

    private static Field field(String name, String pattern) {
        return new Field(name, pattern);
    }

    private static Field[] dateFields() {
        return new Field[] {field("century digit", "N"), field("year", "NN"), field("day of the year", "NNN")};
    }

    private static Field[] dateTimeFields() {
        return new Field[] {field("century digit", "N"), field("year", "NN"), field("day of the year", "NNN"),
            field("hour", "NN"), field("minute", "NN")};
    }

    /**
     * The structure whose data identifier starts at {@code at}, or null. Encodes ST-001 Table 2: {@code =} followed
     * by A-N, P-Z or 1-9 is a DIN (the FIN's first character); {@code =} or {@code &} followed by a punctuation
     * character names every other structure; {@code &,} takes a third character.
     */
    static Structure identify(CharSequence s, int at) {
        if (at + 1 >= s.length()) {
            return null;
        }
        char first = s.charAt(at);
        char second = s.charAt(at + 1);
        if (first == '=' && CharClass.FIN_FIRST.allows(second)) {
            return DIN;
        }
        if (first == '&' && second == ',') {
            if (at + 2 >= s.length()) {
                return null;
            }
            return switch (s.charAt(at + 2)) {
                case '1' -> MPHO_LOT;
                case '2' -> MPHO_SUPPLEMENTAL_ID;
                default -> null;
            };
        }
        for (Structure candidate : ALL) {
            String id = candidate.identifier;
            if (id.length() == 2 && id.charAt(0) == first && id.charAt(1) == second) {
                return candidate;
            }
        }
        return null;
    }

    String number() {
        return number;
    }

    /** The data identifier as printed; for the DIN only {@code =}, since its second character is content. */
    String identifier() {
        return identifier;
    }

    String title() {
        return title;
    }

    Role role() {
        return role;
    }

    List<Field> fields() {
        return fields;
    }

    int contentLength() {
        return rule.length;
    }

    CharClass charClass(int index) {
        return rule[index];
    }

    /** The field that holds content character {@code index}. */
    Field fieldAt(int index) {
        int end = 0;
        for (Field f : fields) {
            end += f.pattern().length();
            if (index < end) {
                return f;
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    boolean isDateTime() {
        return this == EXPIRATION_DATE_TIME || this == PRODUCTION_DATE_TIME || this == COLLECTION_DATE_TIME;
    }

    boolean isDate() {
        return role == Role.EXPIRY || role == Role.MANUFACTURED || role == Role.OTHER_DATE;
    }
}
