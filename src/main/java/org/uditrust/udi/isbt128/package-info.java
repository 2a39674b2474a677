/**
 * ICCBBA ISBT 128 as a UDI carrier: the UDI of a medical device that contains a medical product of human origin
 * (MPHO), per ICCBBA ST-017 (Coding and Labeling of Medical Devices Containing MPHO, which follows ST-011) and the
 * data structures of ST-001 (ISBT 128 Standard Technical Specification).
 *
 * <h2>What is read</h2>
 * <table>
 *   <caption>Structures and their place in the {@link org.uditrust.udi.Udi}</caption>
 *   <tr><th>Structure</th><th>Data identifier + content</th><th>UDI field</th></tr>
 *   <tr><td>034 Processor Product Identification Code</td><td>{@code =/} FIN(P) 5 + product code 6 + product
 *       description code 5</td><td>di</td></tr>
 *   <tr><td>001 Donation Identification Number</td><td>{@code =} + {@code αppppyynnnnnnff} (15)</td>
 *       <td>donationId = the first 13 characters</td></tr>
 *   <tr><td>032 Product Divisions</td><td>{@code =,} + 6</td><td>serial</td></tr>
 *   <tr><td>004 / 005 Expiration date (and time)</td><td>{@code =>cyyjjj} / {@code &>cyyjjjhhmm}</td>
 *       <td>expiry</td></tr>
 *   <tr><td>008 / 009 Production date (and time)</td><td><code>=&#125;cyyjjj</code> / <code>&amp;&#125;cyyjjjhhmm</code></td>
 *       <td>manufactured</td></tr>
 *   <tr><td>035 MPHO Lot Number</td><td>{@code &,1} + 18</td><td>lot (all 18 characters, zero padding kept)</td></tr>
 *   <tr><td>023 Compound Message</td><td>{@code =+aabbb}: aa structures follow; bbb 000 or a message type</td>
 *       <td>-</td></tr>
 * </table>
 * A few other fixed-length ST-001 structures (002, 003, 006, 007, 036) are recognised so a concatenated label reads
 * through; they become elements, not UDI fields. {@code &a}-{@code &z} (not defined by ICCBBA) are kept with a
 * warning up to the next data identifier. Any other data identifier is {@code isbt128.unknown-data-identifier}.
 *
 * <h2>Readings of the standard chosen here</h2>
 * <ul>
 *   <li><b>DIN data identifier.</b> ST-001 Table 2: the DIN's identifier is {@code =} followed by the first FIN
 *       character (A-N, P-Z, 1-9), which is also the first content character; every other structure uses
 *       {@code =} or {@code &} followed by a punctuation character. The DIN element's key is therefore {@code =}
 *       and its value the 15 content characters. FIN characters 2-3 may be A-N, P-Z or 0-9 and 4-5 are digits, as
 *       are the year (2) and sequence (6) (ST-017 §3.1); the letter O never appears in a FIN.</li>
 *   <li><b>DIN flags.</b> ST-001 Table 3: 00 unused; 01-19 ICCBBA process control; 20-59 local; 60-96 the
 *       ISO/IEC 7064 Mod 37-2 checksum of the 13 DIN characters plus 60 (type 3); other values reserved. Flag
 *       characters are 0-9, A-H, J-N, P, R-Y (ST-017 §3.1). ST-017 §3.1 sets them to 00 on a device and §5 tells
 *       readers to ignore them, so anything else is a warning ({@code isbt128.din-flag}), except type 3 flags that
 *       do not match the DIN: that proves a misread DIN, an error ({@code isbt128.din-check}). The eye-readable
 *       keyboard check character K is never in the bar code; {@link org.uditrust.udi.isbt128.DinCheckCharacter}
 *       computes it for keyboard entry.</li>
 *   <li><b>Dates.</b> {@code cyyjjj}: c is the century digit and yy the year in the century, so cyy are the last
 *       three digits of the year (ST-017 §5: {@code 019032} is 2019-02-01; GUDID names the form YYYJJJ). The
 *       thousands digit is not carried; the year nearest the injected clock's year is taken (20yy for c = 0, 19yy
 *       for c = 9). jjj is 001-365, 366 only in a leap year ({@code 019366} is invalid, {@code 020366} is
 *       2020-12-31); hh 00-23, mm 00-59. When both a date and a date-and-time structure are present they must
 *       agree, and the more precise one is used.</li>
 *   <li><b>Character sets.</b> PPIC FIN(P) A-N, P-Z, 0-9; product code, description code, divisions and lot
 *       0-9, A-Z (ST-017: only upper case within a UDI).</li>
 *   <li><b>Compound message.</b> The header must open the message and the count aa must equal the structures that
 *       follow. ST-017 §4.1: the PPIC comes first (a warning if not, since the DI is still unambiguous), the DIN
 *       and Product Divisions must be present ({@code isbt128.missing-pi}, an error), and locally or nationally
 *       defined structures may not appear ({@code isbt128.compound-local}). Message types 034-037 (ST-017 Table 3)
 *       fix the order of the structures and are checked ({@code isbt128.compound-sequence}); other types are in
 *       ICCBBA's licensed table RT017 and their order is not checked.</li>
 *   <li><b>Mandatory PIs outside a compound message.</b> A PPIC alone is a complete DI (a linear label carries each
 *       structure in its own Code 128 symbol). A PPIC with some PIs but without the DIN or the Product Divisions
 *       gets a warning ({@code isbt128.missing-pi}): ST-017 §3 requires both, but the reader may simply not have
 *       scanned every symbol.</li>
 *   <li><b>Product Divisions 000000</b> is read as the serial with a warning: ICCBBA's device guidance (ST-011)
 *       expects 000001 or above, but older published examples carry 000000.</li>
 *   <li><b>Human-readable text.</b> ST-017 prints the data structures as encoded, data identifiers included, and
 *       leaves out the compound message header; that string is {@code humanReadable}. The DIN's boxed check
 *       character and spacing of the blood-label eye-readable form are not reproduced.</li>
 *   <li><b>No PPIC</b> means no DI: {@code isbt128.missing-di}, invalid.</li>
 * </ul>
 * Lengths are exact: a structure cut off by the next data identifier or the end of input, or followed by stray
 * characters, is an error ({@code isbt128.length}, {@code isbt128.truncated}); reading resumes at the next
 * {@code =} or {@code &}.
 */
package org.uditrust.udi.isbt128;
