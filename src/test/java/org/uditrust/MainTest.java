package org.uditrust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which face a command line opens: the desktop without a subcommand, the CLI otherwise. */
class MainTest {

    @Test
    void noArgumentsOrOnlyAppOptionsOpenTheDesktop() {
        assertThat(Main.opensDesktop(new String[0])).isTrue();
        assertThat(Main.opensDesktop(new String[] {"--demo"})).isTrue();
    }

    @Test
    void subcommandsAndHelpRunTheCommandLine() {
        assertThat(Main.opensDesktop(new String[] {"udi", "parse", "x"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--help"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--version"})).isFalse();
    }

    @Test
    void theGlobalDatabaseOptionBeforeASubcommandRunsTheCommandLine() {
        assertThat(Main.opensDesktop(new String[] {"--db", "inventory.db", "device", "list"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--db=inventory.db", "audit", "verify"})).isFalse();
        // Without a subcommand the app opens on that database (its value is not a subcommand).
        assertThat(Main.opensDesktop(new String[] {"--db", "inventory.db"})).isTrue();
        assertThat(Main.opensDesktop(new String[] {"--demo", "--db", "demo.db"})).isTrue();
    }
}
