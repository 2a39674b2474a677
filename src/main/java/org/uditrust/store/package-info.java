/**
 * Persistence: the JDBC implementations of the registry's repositories and the audit trail, over SQLite (the
 * default, one file per installation), with the schema in Flyway migrations. The only package that may use
 * {@code java.sql}, Flyway or a JDBC driver (ArchitectureTest).
 *
 * <h2>Opening a file</h2>
 * {@link org.uditrust.store.Database#open} checks before it writes anything: the 16-byte SQLite magic (else "not a
 * SQLite database file at all"), {@code PRAGMA application_id} = {@code 0x55444954} ("UDIT", stored at byte 68 of
 * the header; a SQLite file with another id, or with tables and no id, is another application's), and Flyway's
 * history (a version above {@code Schema.LATEST} means a newer UDI Trust wrote it). Any of these is a
 * {@link org.uditrust.store.StoreException} naming the file, and the file is left byte-for-byte unchanged. A new or
 * empty file gets the application id, WAL mode, and the migrations.
 *
 * <h2>Schema</h2>
 * {@code src/main/resources/db/migration/V1__registry.sql}: GUDID models ({@code device_model} and its child tables
 * keyed by primary DI, so a release can be staged and swapped by DI), devices (unique {@code udi_key}, optimistic
 * {@code version}, label findings as a JSON array, a lower-cased {@code search_text} column for substring search,
 * indexes for recall queries {@code (di, lot)} and {@code (di, serial)} and for each sort order of the Devices
 * view), scan events, the hash-chained {@code audit_entry} (sequence given by the application so a removed row is a
 * gap), tables ready for identities, attestations, recalls and recall matches, and the {@code gudid_stage_*}
 * tables; {@code V2__gudid_import_owner.sql} adds the owner token of the staging tables (two processes may import
 * into one file; an import whose staging was taken over fails instead of committing a partial release);
 * {@code V3__identity.sql} adds trust anchors, anchor pins, untrusted intermediates, binding rules, CRLs, OCSP
 * responses, device identities (V1's unused {@code identity} table made again with a nullable device, binding and
 * validation state) and provisioning records ({@code JdbcTrustRepository}, {@code JdbcIdentityRepository}).
 * {@code V4__gudid_staging_like_live.sql} makes the staging tables exact twins of the live model tables, so a full
 * release is swapped in by renaming them over the live tables instead of copying its rows (a later migration that
 * changes a live GUDID table must change its staging twin the same way; GudidSwapSchemaTest checks).
 * {@code V5__gudid_contacts_sizes_storage.sql} adds {@code model_contact}, {@code model_device_size} and
 * {@code model_storage_condition} (children of {@code device_model} by primary DI, values as text) with their twins
 * {@code gudid_stage_contact}, {@code gudid_stage_device_size} and {@code gudid_stage_storage_condition}; they are
 * staged, swapped and merged like the other child tables ({@code ModelRows.LIVE_CHILD_TABLES},
 * {@code MERGED_CHILD_TABLES}, the swap's table map in {@code SqliteGudidStore}). Ids are
 * 64-bit integer keys ({@code INTEGER PRIMARY KEY}, SQLite's rowid).
 *
 * <h2>Time</h2>
 * Instants are {@code BIGINT} milliseconds since the epoch (UTC): exact, sortable, indexable, and the audit chain
 * hashes instants at millisecond precision anyway; the repositories return what they stored (millisecond
 * precision). Calendar dates are ISO-8601 text {@code YYYY-MM-DD}, which sorts as the dates do; a label date keeps
 * its time of day ({@code HH:MM}) and precision (MONTH, DAY, HOUR, MINUTE) in columns of their own. Every time comes
 * from the injected {@link java.time.Clock}.
 *
 * <h2>Dialects</h2>
 * The migrations and the repositories' SQL are portable (standard DDL, joins, {@code LIMIT ? OFFSET ?},
 * {@code INSERT ... ON CONFLICT}, {@code INSERT ... RETURNING}, {@code LIKE ... ESCAPE} on lower-cased text). What
 * differs lives in {@link org.uditrust.store.SqlDialect}: the Flyway placeholders for key, boolean and blob types,
 * the verb of the store's appends, and the SQLite pragmas, page size (16 KiB for a new file) and header facts. A
 * PostgreSQL store adds its constant there and a connection factory; the
 * migrations do not change. Every query is parameterized; the only SQL built from strings is fixed table and column
 * names and {@code ?} lists.
 *
 * <h2>Concurrency</h2>
 * SQLite has one writer. {@code SqliteTransactions} keeps one write connection, used under a fair lock by every
 * write transaction ({@code BEGIN IMMEDIATE}, so another process writing the same file makes us wait for the busy
 * timeout instead of failing half-way), and a small pool of read connections whose transactions see a consistent
 * snapshot beside the writer (WAL). A write or read started inside a write on the same thread joins it. The UI and
 * a background GUDID import can therefore write at the same time: the import writes its staging rows in short
 * batches of 5,000 rows and swaps them in with one transaction. Prepared statements are cached per connection.
 *
 * <h2>Durability</h2>
 * WAL with {@code synchronous=NORMAL}: every commit is atomic and survives the process being killed; a power cut
 * may lose the last commits but never leaves a half-written change or a broken audit chain (see
 * {@link org.uditrust.store.SqlDialect}). Every change and its audit entry are in one transaction. A GUDID import
 * touches the live tables only in its final transaction; killing it earlier leaves staging rows that the next
 * import discards (CrashSafetyTest kills a separate JVM with SIGKILL to prove it).
 *
 * <h2>Bulk imports</h2>
 * A CSV import of many devices runs in one transaction; once it is large it drops the device table's query
 * indexes ({@code DeferredIndexes}: every index with its own {@code CREATE INDEX}, never the UNIQUE udi_key one)
 * and recreates them from their recorded definitions before the commit, writes devices and audit entries 32 rows
 * per statement with ids it gives itself (the ids SQLite would give) as {@code INSERT OR FAIL} (no statement
 * journal: a failed append always rolls the whole transaction back, see {@code SqlDialect#insertInto}), and
 * commits without waiting for the WAL
 * checkpoint, which a background thread then runs (PASSIVE; close and restore wait for it). The GUDID staging
 * batches run with foreign-key checks off on the write connection, under the write lock, because their inserts
 * only take child rows whose model is staged.
 *
 * <h2>Backup and restore</h2>
 * A backup is {@code VACUUM INTO} a new file (a consistent copy while others work). A restore copies the backup
 * aside, checks the copy (ours, not newer, audit chain intact), waits for running transactions, keeps the current
 * file as {@code <name>.before-restore-<UTC timestamp>}, moves the copy in, migrates it if older, and reopens.
 */
package org.uditrust.store;
