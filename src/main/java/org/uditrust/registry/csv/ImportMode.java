package org.uditrust.registry.csv;

/** What an import does with a file that has rejected rows. Whatever the mode, a file is never half-imported. */
public enum ImportMode {
    /**
     * The default: every row is valid and all are stored in one transaction, or, if any row is rejected, none is.
     * An inventory is usually loaded from one spreadsheet; storing 9,990 of 10,000 rows leaves the user to find
     * and re-import the other ten by hand, which is how devices go missing.
     */
    ALL_OR_NOTHING,
    /** The valid rows are stored in one transaction and the rejected ones are reported; fix them and import them. */
    ACCEPTED_ROWS,
    /** Nothing is stored: the file is checked and the report says what an import would do. */
    VALIDATE_ONLY
}
