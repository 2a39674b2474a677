/**
 * HIBCC UDIs: the Health Industry Bar Code Supplier Labeling Standard (ANSI/HIBC 2.6).
 *
 * <p>{@link org.uditrust.udi.hibcc.HibccParser} reads the primary structure ({@code +} LIC, product or catalog
 * number, unit of measure, check character), the concatenated structure (primary without its check, {@code /},
 * secondary and supplemental fields, one check at the end), separate secondary symbols (ending with the link
 * character, which repeats the primary's check character, and their own check), and a primary followed by separate
 * symbols when a scanner sends them as one read. {@link org.uditrust.udi.hibcc.HibccCheckCharacter} holds the Code 39
 * value table and the modulo-43 check. The UDI-DI is LIC + product number + unit of measure.
 *
 * <p>Readings of the standard chosen where it, or the public material about it, leaves room:
 * <ul>
 *   <li><b>The last character is always the check character.</b> It may be any of the 43 Code 39 characters,
 *       including space, {@code /}, {@code +} and {@code $}, so input is never trimmed (only the CR/LF a scanner
 *       appends is dropped, by {@link org.uditrust.udi.ScanInput}).</li>
 *   <li><b>Where the primary ends.</b> LIC, product number and unit of measure are alphanumeric, so the first other
 *       character ends them: a {@code /} followed by anything but {@code +} starts concatenated secondary data; a
 *       {@code +} that is the last character or is followed by {@code +} is the primary's check character; any
 *       other {@code +} starts a separate symbol after an alphanumeric check character.</li>
 *   <li><b>Where a separate secondary symbol ends</b> inside one read: at a {@code +} that is not part of a
 *       {@code $+}/{@code $$+} lead and where the text before it closes with a correct check character.</li>
 *   <li><b>Leading digits.</b> Five leading digits after {@code +} are the older YYJJJ secondary form; any other
 *       digit start is a primary whose LIC wrongly starts with a digit ({@code hibcc.lic}).</li>
 *   <li><b>Lengths.</b> Product number 1–18; lot and serial 1–18 in the {@code $}, {@code $$}, {@code $$+} and
 *       {@code /S} forms; the older YYJJJ-then-lot form keeps its 13-character lot (BWIPP's summary of the
 *       standard). Lot and serial are upper-case letters and digits only; anything else is an error.</li>
 *   <li><b>Quantity ({@code $$8}/{@code $$9}).</b> A date format flag may follow the quantity (BWIPP: "then
 *       optionally by one of the date formats"; HIBC's own examples write {@code $$82409053C001} and
 *       {@code $$82473C001}). A digit right after the quantity is therefore always read as that flag, a letter
 *       starts the lot. DacoTaco/BarcodeParserBuilder's {@code $$81210X3} (lot straight after a quantity that
 *       starts with a digit) is rejected as a malformed date. Supplemental {@code /Q} takes 1–5 digits.</li>
 *   <li><b>Dates.</b> Two-digit years are 20YY. MMYY (flags 0/1, the flag being the month's first digit) has
 *       month precision; YYMMDDHH and YYJJJHH have hour precision. Impossible dates (month 13, 30 February, day 366
 *       of a common year, hour 24) are errors, never rolled over.</li>
 *   <li><b>Repeats.</b> Each of lot, serial, expiry, manufacture date and quantity may appear once; e.g. a
 *       {@code $$} date together with {@code /14D} is {@code hibcc.duplicate}.</li>
 *   <li><b>Older forms</b> (YYJJJ lead, {@code $}/{@code $+} without a flag, quantity in the flag) are read, with a
 *       {@code hibcc.legacy-structure} warning.</li>
 *   <li><b>A secondary symbol alone</b> is not a UDI (it names no device): the result is invalid with
 *       {@code hibcc.secondary-only} and lists the fields read. {@link org.uditrust.udi.hibcc.HibccParser#combine}
 *       joins a separately scanned primary and secondary and checks the link character.</li>
 *   <li><b>Human-readable text</b> follows HIBCC's caption rule (hibcc.org, "Primary Product Identification Data
 *       Structure Formatter"): the data between asterisks, which are not data, with a space check character shown
 *       as {@code _}; separate symbols are joined by a space, e.g. {@code *+A123BJC5D6E71G* *+$$52001510X3GD*}.</li>
 * </ul>
 *
 * <p>The reader walks the text with index arithmetic (no regular expressions, no exceptions for control flow) so
 * that a single core reads well over a million labels a second.
 */
package org.uditrust.udi.hibcc;
