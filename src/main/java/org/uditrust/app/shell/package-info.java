/** The main window: navigation between sections, placeholders for sections still to come, the status bar. */
package org.uditrust.app.shell;
