/**
 * The GS1 UDI engine: the Application Identifier table, the element-string and bracketed human-readable parser, and
 * whole-message validation. JDK only.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@link org.uditrust.udi.gs1.Gs1AiTable} / {@link org.uditrust.udi.gs1.Gs1Ai}: every AI (541 after
 *       expanding ranges), read at class initialisation from the GS1 Barcode Syntax Dictionary, kept unchanged as
 *       the resource {@code gs1-syntax-dictionary.txt} next to these classes (gs1/gs1-syntax-dictionary release
 *       2026-01-27, commit 8ad003f8, Apache-2.0, licence header kept). Lookup is by array index; the loader checks
 *       that the AIs are prefix-free.</li>
 *   <li>{@link org.uditrust.udi.gs1.Gs1Linter}: the dictionary's content checks (check digit, check character pair,
 *       dates, times, ISO code lists, …), following the reference linters of the same release.</li>
 *   <li>{@link org.uditrust.udi.gs1.Gs1ElementStringParser}: splits scanner data and bracketed text into elements.</li>
 *   <li>{@link org.uditrust.udi.gs1.Gs1MessageValidator}: checks every element and the message (repeats, {@code ex=},
 *       {@code req=}) and builds the {@link org.uditrust.udi.Udi}; the GS1 Digital Link parser uses it too.</li>
 *   <li>{@link org.uditrust.udi.gs1.Gs1ElementStrings}: writes element strings and the bracketed form.</li>
 * </ul>
 *
 * <h2>Readings of the standard chosen here</h2>
 * <ul>
 *   <li><b>Century</b> (GS1 General Specifications 7.12): a two-digit year 51–99 ahead of the current year's two
 *       digits is in the previous century, one 50–99 behind in the next, else in this century; the year comes from
 *       the injected clock ({@link org.uditrust.udi.ParseOptions#clock()}). In 2026: 00–76 → 2000–2076,
 *       77–99 → 1977–1999. This matches the reference {@code yymmd0} linter.</li>
 *   <li><b>Day 00</b> means the last day of the month only for {@code yymmd0} AIs (11, 12, 13, 15, 16, 17, 4324,
 *       4325); it is an error for {@code yymmdd} AIs such as 7003 and 7006. Such a date becomes a
 *       {@link org.uditrust.udi.UdiDate} of month precision.</li>
 *   <li><b>DI</b>: only (01) GTIN is a UDI-DI (the GS1 UDI-DI is always a GTIN, also for direct part marking).
 *       (02), (03), (8006) and (8026) are not taken; a message without (01) is invalid
 *       ({@code gs1.missing-di}). Expiry is (17), else the date and time of (7003); never (15) or (16).</li>
 *   <li><b>EAN/UPC</b>: a scan with AIM {@code ]E0} or {@code ]E4} and 8, 12 or 13 digits is a bare GTIN, read as
 *       (01) padded to 14 digits (a DI-only UDI).</li>
 *   <li><b>Separators</b>: a leading GS is the symbol's FNC1 and is skipped; a trailing GS and a GS after a
 *       predefined-length AI are warnings; a doubled GS and an empty value are errors. A GS-needing AI of fixed
 *       length (7003, 422, 4326, 8006, …) not followed by GS lets its value run on, which is then reported.</li>
 *   <li><b>Keyboard wedges</b>: the configured substitute counts as GS. A GS-needing value past its maximum
 *       length is an error {@code gs1.missing-separator} (naming the wedge scanner setting when no separator
 *       arrived at all); the single valid split, if there is exactly one, is returned as the elements of the invalid
 *       result, several give {@code gs1.missing-separator-ambiguous}. In a message without any separator, a last
 *       value within its length whose tail also reads as valid elements, one of them of predefined length (a date,
 *       a GTIN, a measure), is read literally with a warning {@code gs1.missing-separator-ambiguous} at the position
 *       where the other reading starts.</li>
 *   <li><b>Bracketed form</b>: a {@code (} followed by a known AI and {@code )} starts an element; any other
 *       {@code (} is data; {@code \(} is always a literal {@code (} (the Syntax Engine's escape). Values are never
 *       trimmed: {@code (10)AB C} is an error (space is not in CSET 82), not lot {@code AB}.</li>
 *   <li><b>Not checked</b>: GS1 Company Prefix allocation ({@code gcppos1}, {@code gcppos2}: needs GS1's prefix
 *       list), the inner structure of coupon codes (8110, 8112: digits only are checked), and AIs the dictionary does
 *       not define (rejected as {@code gs1.unknown-ai}, not vivified).</li>
 * </ul>
 *
 * <h2>Problem codes</h2>
 * {@code gs1.unknown-ai}, {@code gs1.empty}, {@code gs1.empty-value}, {@code gs1.length}, {@code gs1.charset},
 * {@code gs1.check-digit}, {@code gs1.date}, {@code gs1.value}, {@code gs1.duplicate-ai}, {@code gs1.excluded-pair},
 * {@code gs1.requires}, {@code gs1.missing-di}, {@code gs1.double-separator}, {@code gs1.missing-separator},
 * {@code gs1.missing-separator-ambiguous}; warnings {@code gs1.trailing-separator}, {@code gs1.unneeded-separator},
 * {@code gs1.aim-not-gs1}.
 *
 * <h2>GS1 Digital Link</h2>
 * {@link org.uditrust.udi.gs1.Gs1DigitalLinkParser} reads {@code http(s)://} URIs as GS1's reference parser does
 * (Syntax Engine {@code dl.c}): any host and path prefix, the primary key found from the right, its qualifiers in
 * {@code dlpkey=} order in the path, data attributes in the query, non-numeric parameters ignored, then
 * {@link org.uditrust.udi.gs1.Gs1MessageValidator} for the values. Chosen readings: scheme case is free (RFC 3986);
 * a bad {@code %} escape is an error, not a literal; a GTIN-8/12/13 in (01) is padded to 14 digits with a warning;
 * the withdrawn 1.1 alphas ({@code /gtin/}) are read but are errors; any repeated AI is an error.
 * {@link org.uditrust.udi.gs1.Gs1DigitalLinkWriter} writes a UDI back with everything but unreserved characters
 * percent-encoded. Codes: {@code gs1dl.malformed-uri}, {@code gs1dl.illegal-character},
 * {@code gs1dl.bad-percent-escape}, {@code gs1dl.no-primary-key}, {@code gs1dl.key-in-query},
 * {@code gs1dl.unknown-ai}, {@code gs1dl.non-numeric-ai}, {@code gs1dl.convenience-alpha},
 * {@code gs1dl.empty-segment}, {@code gs1dl.missing-value}, {@code gs1dl.qualifier-order},
 * {@code gs1dl.qualifier-not-allowed}, {@code gs1dl.qualifier-in-query}, {@code gs1dl.not-data-attribute},
 * {@code gs1dl.duplicate-ai}; warning {@code gs1dl.gtin-padded}; writer refusals {@code gs1dl.render-*}.
 */
package org.uditrust.udi.gs1;
