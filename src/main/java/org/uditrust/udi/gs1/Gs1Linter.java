package org.uditrust.udi.gs1;

/**
 * The content checks ("linters") the GS1 Barcode Syntax Dictionary names after a component's type, e.g.
 * {@code N14,csum} or {@code N6,yymmd0}. Each check follows the reference linter of the same name in
 * gs1/gs1-syntax-dictionary ({@code src/lint_*.c}, release 2026-01-27).
 *
 * <p>Two checks need data this program does not hold and are accepted without checking: {@code gcppos1} and
 * {@code gcppos2} (the GS1 Company Prefix allocation list), and the deep structure of North American coupon codes
 * ({@code couponcode}, {@code couponposoffer}: only digits are checked). A linter name this enum does not know
 * (a newer dictionary) maps to {@link #UNKNOWN}, which accepts everything.
 */
public enum Gs1Linter {
    CSUM, CSUMALPHA, GCPPOS1, GCPPOS2,
    YYMMD0, YYMMDD, YYYYMMDD, YYYYMMD0, HHMI, HH, MI, SS,
    ISO3166, ISO3166999, ISO3166ALPHA2, ISO4217, ISO5218,
    PCENC, HYPHEN, NONZERO, ZERO, WINDING, PIECEOFTOTAL, IBAN, NOZEROPREFIX, HASNONDIGIT, IMPORTERIDX,
    PACKAGETYPE, MEDIATYPE, POSINSEQSLASH, LATITUDE, LONGITUDE, YESNO, COUPONCODE, COUPONPOSOFFER,
    UNKNOWN;

    /**
     * Why a component failed a check.
     *
     * @param code   problem code, e.g. {@code gs1.check-digit}
     * @param offset index in the component where the fault starts
     * @param reason sentence fragment, e.g. {@code "check digit is 5 but should be 7"}
     */
    public record Failure(String code, int offset, String reason) {
    }

    /** The linter the dictionary calls {@code name}; {@link #UNKNOWN} for names this version does not know. */
    public static Gs1Linter fromName(String name) {
        for (Gs1Linter l : values()) {
            if (l != UNKNOWN && l.name().equalsIgnoreCase(name)) {
                return l;
            }
        }
        return UNKNOWN;
    }

    /** The dictionary's name for this linter. */
    public String dictionaryName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Checks {@code s[from, to)}.
     *
     * @param currentYear the year today (from the injected clock), for the century of two-digit years
     * @return null when the component passes
     */
    public Failure check(CharSequence s, int from, int to, int currentYear) {
        int len = to - from;
        return switch (this) {
            case CSUM -> csum(s, from, to);
            case CSUMALPHA -> csumAlpha(s, from, to);
            case GCPPOS1, GCPPOS2, UNKNOWN -> null;
            case YYMMD0 -> yymmdd(s, from, len, currentYear, true);
            case YYMMDD -> yymmdd(s, from, len, currentYear, false);
            case YYYYMMDD -> yyyymmdd(s, from, len, false);
            case YYYYMMD0 -> yyyymmdd(s, from, len, true);
            case HHMI -> len != 4 ? new Failure("gs1.date", 0, "time must be HHMM")
                    : firstNonNull(range(s, from, 0, 23, "hour"), shift(range(s, from + 2, 0, 59, "minute"), 2));
            case HH -> len != 2 ? new Failure("gs1.date", 0, "hour must be 2 digits") : range(s, from, 0, 23, "hour");
            case MI -> len != 2 ? new Failure("gs1.date", 0, "minute must be 2 digits")
                    : range(s, from, 0, 59, "minute");
            case SS -> len != 2 ? new Failure("gs1.date", 0, "second must be 2 digits")
                    : range(s, from, 0, 59, "second");
            case ISO3166 -> len == 3 && Gs1CodeLists.isIso3166(s, from) ? null
                    : invalid("\"" + s.subSequence(from, to) + "\" is not an ISO 3166 numeric country code");
            case ISO3166999 -> len == 3
                    && (Gs1CodeLists.isIso3166(s, from) || "999".contentEquals(s.subSequence(from, to)))
                    ? null
                    : invalid("\"" + s.subSequence(from, to) + "\" is not an ISO 3166 numeric country code or 999");
            case ISO3166ALPHA2 -> len == 2 && Gs1CodeLists.isIso3166Alpha2(s, from) ? null
                    : invalid("\"" + s.subSequence(from, to) + "\" is not an ISO 3166 two-letter country code");
            case ISO4217 -> len == 3 && Gs1CodeLists.isIso4217(s, from) ? null
                    : invalid("\"" + s.subSequence(from, to) + "\" is not an ISO 4217 numeric currency code");
            case ISO5218 -> len == 1 && "0129".indexOf(s.charAt(from)) >= 0 ? null
                    : invalid("biological sex must be 0, 1, 2 or 9 (ISO/IEC 5218)");
            case YESNO -> len == 1 && (s.charAt(from) == '0' || s.charAt(from) == '1') ? null
                    : invalid("the value must be 0 (no) or 1 (yes)");
            case WINDING -> len == 1 && "019".indexOf(s.charAt(from)) >= 0 ? null
                    : invalid("winding direction must be 0, 1 or 9");
            case HYPHEN -> hyphen(s, from, to);
            case PCENC -> pcenc(s, from, to);
            case NONZERO -> allZero(s, from, to) ? invalid("the value must not be zero") : null;
            case ZERO -> allZero(s, from, to) ? null : invalid("the value must be zero");
            case NOZEROPREFIX -> len > 0 && s.charAt(from) == '0' ? invalid("the value must not start with 0") : null;
            case HASNONDIGIT -> hasNonDigit(s, from, to) ? null : invalid("the value must contain a non-digit");
            case IMPORTERIDX -> len == 1 && isImporterIndex(s.charAt(from)) ? null
                    : invalid("the importer index must be one character 0-9, A-Z, a-z, - or _");
            case PIECEOFTOTAL -> pieceOfTotal(s, from, to);
            case POSINSEQSLASH -> posInSeqSlash(s, from, to);
            case LATITUDE -> len == 10 && !hasNonDigit(s, from, to)
                    && Long.parseLong(s, from, to, 10) <= 1_800_000_000L ? null
                    : invalid("latitude must be at most 1800000000");
            case LONGITUDE -> len == 10 && !hasNonDigit(s, from, to)
                    && Long.parseLong(s, from, to, 10) <= 3_600_000_000L ? null
                    : invalid("longitude must be at most 3600000000");
            case MEDIATYPE -> mediaType(s, from, to);
            case PACKAGETYPE -> Gs1CodeLists.isPackageType(s.subSequence(from, to).toString()) ? null
                    : invalid("\"" + s.subSequence(from, to)
                            + "\" is not a UN/ECE Recommendation 21 package type code");
            case IBAN -> iban(s, from, to);
            case COUPONCODE, COUPONPOSOFFER -> hasNonDigitOrEmpty(s, from, to)
                    ? invalid("a coupon code holds digits only") : null;
        };
    }

    private static Failure invalid(String reason) {
        return new Failure("gs1.value", 0, reason);
    }

    private static Failure firstNonNull(Failure a, Failure b) {
        return a != null ? a : b;
    }

    private static Failure shift(Failure f, int by) {
        return f == null ? null : new Failure(f.code(), f.offset() + by, f.reason());
    }

    private static int two(CharSequence s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    private static Failure range(CharSequence s, int at, int min, int max, String what) {
        int v = two(s, at);
        if (v < min || v > max) {
            return new Failure("gs1.date", 0, what + " " + s.subSequence(at, at + 2) + " does not exist");
        }
        return null;
    }

    /** GS1 mod-10 check digit over all characters but the last (GenSpecs 7.9.1). */
    public static int checkDigit(CharSequence s, int from, int toExclusiveOfCheck) {
        int sum = 0;
        boolean three = true;
        for (int i = toExclusiveOfCheck - 1; i >= from; i--) {
            int d = s.charAt(i) - '0';
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    private static Failure csum(CharSequence s, int from, int to) {
        if (to - from < 2) {
            return null;
        }
        int expected = checkDigit(s, from, to - 1);
        int actual = s.charAt(to - 1) - '0';
        if (expected != actual) {
            return new Failure("gs1.check-digit", to - 1 - from,
                    "check digit is " + s.charAt(to - 1) + " but should be " + expected);
        }
        return null;
    }

    private static final int[] PRIMES = {
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89,
        97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197,
        199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311, 313, 317,
        331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409, 419, 421, 431, 433, 439, 443, 449,
        457, 461, 463, 467, 479, 487, 491, 499, 503, 509};
    private static final String CSET32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    /** The GS1 check character pair (GenSpecs 7.9.5) for the characters {@code s[from, to)}. */
    public static String checkCharacterPair(CharSequence s, int from, int to) {
        int sum = 0;
        int n = to - from;
        for (int i = 0; i < n; i++) {
            int w = CSET82.indexOf(s.charAt(from + i));
            if (w < 0 || n - 1 - i >= PRIMES.length) {
                return null;
            }
            sum += w * PRIMES[n - 1 - i];
        }
        sum %= 1021;
        return "" + CSET32.charAt(sum >> 5) + CSET32.charAt(sum & 31);
    }

    private static Failure csumAlpha(CharSequence s, int from, int to) {
        int len = to - from;
        if (len < 2) {
            return new Failure("gs1.check-digit", 0, "the value is too short to hold its check character pair");
        }
        if (len > PRIMES.length + 2) {
            return new Failure("gs1.check-digit", 0, "the value is too long for a check character pair");
        }
        String expected = checkCharacterPair(s, from, to - 2);
        if (expected == null) {
            return null; // a bad character: the character-set check reports it
        }
        if (expected.charAt(0) != s.charAt(to - 2) || expected.charAt(1) != s.charAt(to - 1)) {
            return new Failure("gs1.check-digit", len - 2,
                    "check character pair is " + s.subSequence(to - 2, to) + " but should be " + expected);
        }
        return null;
    }

    /**
     * The four-digit year of a two-digit GS1 year, by the sliding window of GS1 General Specifications 7.12:
     * a year 51 to 99 ahead of this year's two digits is in the previous century, one 50 to 99 behind is in the next,
     * anything else is in this century. In 2026: 00–76 give 2000–2076, 77–99 give 1977–1999.
     */
    public static int fullYear(int yy, int currentYear) {
        int century = currentYear / 100 * 100;
        int diff = yy - currentYear % 100;
        if (diff >= 51) {
            return century - 100 + yy;
        }
        if (diff <= -50) {
            return century + 100 + yy;
        }
        return century + yy;
    }

    private static Failure yymmdd(CharSequence s, int from, int len, int currentYear, boolean dayZeroAllowed) {
        if (len != 6) {
            return new Failure("gs1.date", 0, "a date must be YYMMDD");
        }
        int yy = two(s, from);
        int mm = two(s, from + 2);
        int dd = two(s, from + 4);
        return checkDate(fullYear(yy, currentYear), mm, dd, 2, s, from, dayZeroAllowed);
    }

    private static Failure yyyymmdd(CharSequence s, int from, int len, boolean dayZeroAllowed) {
        if (len != 8) {
            return new Failure("gs1.date", 0, "a date must be YYYYMMDD");
        }
        int year = two(s, from) * 100 + two(s, from + 2);
        return checkDate(year, two(s, from + 4), two(s, from + 6), 4, s, from, dayZeroAllowed);
    }

    private static Failure checkDate(int year, int mm, int dd, int monthAt, CharSequence s, int from,
                                     boolean dayZeroAllowed) {
        if (mm < 1 || mm > 12) {
            return new Failure("gs1.date", monthAt, "month " + s.subSequence(from + monthAt, from + monthAt + 2)
                    + " does not exist");
        }
        if (dd < 0) {
            return new Failure("gs1.date", monthAt + 2, "the day must be two digits");
        }
        if (dd == 0) {
            return dayZeroAllowed ? null : new Failure("gs1.date", monthAt + 2, "day 00 is not allowed");
        }
        int days = daysInMonth(year, mm);
        if (dd > days) {
            return new Failure("gs1.date", monthAt + 2, "day " + s.subSequence(from + monthAt + 2, from + monthAt + 4)
                    + " does not exist in " + java.time.YearMonth.of(year, mm) + " (the century follows the GS1 rule)");
        }
        return null;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static Failure hyphen(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '-') {
                return invalid("the last character must be \"-\" (a negative value) or absent");
            }
        }
        return to > from ? null : invalid("\"-\" expected");
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private static Failure pcenc(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '%') {
                if (i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    return new Failure("gs1.value", i - from, "\"%\" must start a percent-encoding like %2F");
                }
                i += 2;
            }
        }
        return null;
    }

    private static boolean allZero(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonDigit(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNonDigitOrEmpty(CharSequence s, int from, int to) {
        return to == from || hasNonDigit(s, from, to);
    }

    private static boolean isImporterIndex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_';
    }

    private static Failure pieceOfTotal(CharSequence s, int from, int to) {
        int len = to - from;
        if (len == 0 || len % 2 != 0 || hasNonDigit(s, from, to)) {
            return invalid("piece and total must be two numbers of equal length");
        }
        int half = len / 2;
        if (allZero(s, from, from + half)) {
            return invalid("the piece number must not be zero");
        }
        if (allZero(s, from + half, to)) {
            return new Failure("gs1.value", half, "the total number of pieces must not be zero");
        }
        for (int i = 0; i < half; i++) {
            char p = s.charAt(from + i);
            char t = s.charAt(from + half + i);
            if (p != t) {
                return p < t ? null : invalid("the piece number exceeds the total number of pieces");
            }
        }
        return null;
    }

    private static Failure posInSeqSlash(CharSequence s, int from, int to) {
        int slash = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '/') {
                if (slash >= 0) {
                    slash = -2;
                    break;
                }
                slash = i;
            } else if (c < '0' || c > '9') {
                slash = -2;
                break;
            }
        }
        if (slash <= from || slash >= to - 1) {
            return invalid("the value must be position/total, e.g. 1/2");
        }
        if (s.charAt(from) == '0' || s.charAt(slash + 1) == '0') {
            return invalid("position and total must not start with 0");
        }
        int p = slash - from;
        int e = to - slash - 1;
        if (p > e || (p == e && s.subSequence(from, slash).toString()
                .compareTo(s.subSequence(slash + 1, to).toString()) > 0)) {
            return invalid("the position exceeds the total");
        }
        return null;
    }

    private static Failure mediaType(CharSequence s, int from, int to) {
        if (to - from == 2) {
            int v = two(s, from);
            if ((v >= 1 && v <= 10) || (v >= 80 && v <= 99)) {
                return null;
            }
        }
        return invalid("\"" + s.subSequence(from, to) + "\" is not an AIDC media type (01-10, 80-99)");
    }

    private static Failure iban(CharSequence s, int from, int to) {
        int len = to - from;
        if (len < 4 || !Gs1CodeLists.isIso3166Alpha2(s, from)) {
            return invalid("an IBAN starts with an ISO 3166 two-letter country code");
        }
        if (len > 34 || len <= 10) {
            return invalid("an IBAN has 11 to 34 characters");
        }
        int csum = 0;
        for (int k = 4; k < len + 4; k++) {
            char c = s.charAt(from + (k < len ? k : k - len));
            int w;
            if (c >= '0' && c <= '9') {
                w = c - '0';
                csum = csum * 10 + w;
            } else if (c >= 'A' && c <= 'Z') {
                w = c - 'A' + 10;
                csum = csum * 100 + w;
            } else {
                return new Failure("gs1.value", k < len ? k : k - len, "an IBAN holds only digits and capital letters");
            }
            csum %= 97;
        }
        return csum == 1 ? null : new Failure("gs1.check-digit", 2, "the IBAN check digits are wrong");
    }
}
