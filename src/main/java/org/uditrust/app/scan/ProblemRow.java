package org.uditrust.app.scan;

/**
 * One row of the problems list.
 *
 * @param severity "Error" or "Warning", already localized
 * @param error    true for an error (makes the input invalid)
 * @param position zero-based index in the input, or -1 when the problem concerns the whole input
 * @param code     the stable problem code
 * @param message  the sentence to show
 */
public record ProblemRow(String severity, boolean error, int position, String code, String message) {
}
