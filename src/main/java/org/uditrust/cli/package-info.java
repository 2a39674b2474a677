/**
 * The command-line face (picocli): {@code uditrust udi parse|decode|encode}; the inventory: {@code device
 * add|show|list|set-status|move|edit|import|export}, {@code audit verify|list}, {@code db backup|restore|info},
 * {@code gudid import|lookup-import}, {@code demo create}; device identities: {@code identity
 * import|show|bind|validate|clones|expiring}, {@code identity anchor import|list|pin|unpin}, {@code identity rule
 * set|show}, {@code identity crl import} ({@code IdentityOutput} renders them); later attestation and the rest.
 *
 * <p>Commands get the services they need from {@link org.uditrust.Services} through a picocli factory and never
 * reach the store. Their output formats and exit codes are contracts other tools rely on: 0 all inputs valid,
 * 1 any invalid, 2 usage error; {@code --json} writes one object per input per line (JSON Lines), so a scanner
 * pipe can be processed as it streams.
 *
 * <p>Commands over the database take a {@code CliSession} instead of {@code Services}: it applies the global
 * {@code --db} (parsed before any command runs) and closes the database when the command line ends. Long work
 * reports progress on standard error, never standard output.
 */
package org.uditrust.cli;
