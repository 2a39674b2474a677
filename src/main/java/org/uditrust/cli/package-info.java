/**
 * The command-line face (picocli): {@code uditrust udi parse|decode|encode}, later {@code device}, {@code identity},
 * {@code audit} and the rest.
 *
 * <p>Commands get the services they need from {@link org.uditrust.Services} through a picocli factory and never
 * reach the store. Their output formats and exit codes are contracts other tools rely on: 0 all inputs valid,
 * 1 any invalid, 2 usage error; {@code --json} writes one object per input per line (JSON Lines), so a scanner
 * pipe can be processed as it streams.
 */
package org.uditrust.cli;
