/**
 * The Scan view: keyboard-wedge input with visible group separators, the parsed UDI and its problems, and decoding
 * of label images (drop, open, paste) in the background.
 */
package org.uditrust.app.scan;
