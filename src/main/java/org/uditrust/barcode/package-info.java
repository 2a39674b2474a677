/**
 * Reading and printing UDI carriers in images; the only package that uses ZXing.
 *
 * <h2>Decoding</h2>
 * {@link org.uditrust.barcode.LabelDecoder} reads PNG/JPEG files (or images in memory) and returns a sealed
 * {@link org.uditrust.barcode.DecodeResult}: {@code Found} with every symbol top-to-bottom then left-to-right,
 * {@code NotFound}, or {@code Unreadable} for files that are not images, are truncated, or are too large (checked
 * from the header before any pixel is decoded: 50 MB, 40 megapixels). It never throws for bad input.
 * Each {@link org.uditrust.barcode.DecodedBarcode#text()} is what a scanner in AIM mode would type: the symbology
 * identifier ({@code ]d2} GS1 DataMatrix, {@code ]C1} GS1-128, {@code ]Q3} GS1 QR, {@code ]d1}/{@code ]C0}/
 * {@code ]Q1}/{@code ]A0} plain symbols for HIBCC and ISBT 128) followed by the data, every FNC1 after the first
 * as GS, ready for {@code org.uditrust.udi.UdiParser}.
 *
 * <p>Passes, cheapest first, stopping at the first that finds anything: UDI formats only (Data Matrix, Code 128,
 * QR, Code 39) with the multi-symbol reader; the same with TRY_HARDER; global-histogram thresholding (soft,
 * low-contrast photos); PURE_BARCODE (tight crops); a 3 × 3 smoothed copy (sensor noise); rotated copies at
 * ±15°, ±30°, ±45° (1D symbols photographed askew). 90° steps are covered by the 2D detectors and by ZXing's
 * TRY_HARDER rotation for 1D. GS1 DataBar is not read: it is rare on device labels and ZXing reports it as
 * bracketed text, not element strings.
 *
 * <h2>Encoding</h2>
 * {@link org.uditrust.barcode.LabelEncoder} draws the symbol for {@code CarrierText.of(udi)} with its quiet zone
 * and the human-readable interpretation under it, as PNG (Java2D, headless) or SVG (merged module runs and
 * {@code <text>}). GS1 gets FNC1 in first position and as separator; HIBCC and ISBT 128 are plain symbols.
 * Every Data Matrix and QR symbol is decoded again from its modules before it is drawn, so a label never carries
 * data other than the UDI's.
 *
 * <h2>ZXing 3.5.3 faults worked around here</h2>
 * <ul>
 *   <li>The compact Data Matrix encoder (the only one writing FNC1 separators) drops a GS inside a C40/Text run and
 *       ends EDIFACT runs without the unlatch: such symbols are replaced by {@code AsciiDataMatrix}.</li>
 *   <li>The Code 128 reader runs the check codeword through its data switch: a check value of 97 reports
 *       {@code ]C4}, 102 appends a GS. {@code ScannerText} corrects both from the raw codewords.</li>
 *   <li>{@code BufferedImageLuminanceSource} is slow for colour images (several ms for 600 × 600), hence
 *       {@code GreyLuminanceSource}.</li>
 * </ul>
 */
package org.uditrust.barcode;
