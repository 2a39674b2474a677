/** The Audit view: the hash-chained audit trail, filtered and paged, and chain verification. */
package org.uditrust.app.audit;
