/**
 * The composition root: {@link org.uditrust.Main} chooses the face (no arguments: desktop; a subcommand: CLI) and
 * {@link org.uditrust.Services} builds every service once and hands it to the faces by constructor.
 */
package org.uditrust;
