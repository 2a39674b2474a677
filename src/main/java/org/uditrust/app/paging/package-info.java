/** Lazily paged lists for tables over large query results, and debouncing of filter input. */
package org.uditrust.app.paging;
