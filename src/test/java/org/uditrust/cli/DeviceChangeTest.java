package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.Services;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.udi.ParseOptions;

/** Optimistic locking as the CLI meets it, and a database file that is not ours. */
class DeviceChangeTest {

    @TempDir
    Path dir;

    @Test
    void aChangeMadeBySomeoneElseMeanwhileIsRefusedNotOverwritten() {
        Path db = dir.resolve("lock.db");
        assertThat(CliRunner.runOn(db, "device", "add", "+A123BJC5D6E71G").exitCode()).isZero();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Console console = new Cli.Console(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]));
        Actor someoneElse = new Actor("nurse", "ward-pc");

        int code;
        try (CliSession session = new CliSession(Services.create(CliRunner.CLOCK,
                ParseOptions.defaults(CliRunner.CLOCK), db))) {
            // Between our read (version 1) and our write, another workstation quarantines the device.
            code = DeviceChange.apply(session, console, "1", false, "Retired", (registry, read) -> {
                registry.devices().setStatus(read.id(), read.version(), DeviceStatus.QUARANTINED, someoneElse);
                return registry.devices().setStatus(read.id(), read.version(), DeviceStatus.RETIRED,
                        Actor.operatingSystemUser());
            });
        }

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("changed by someone else");
        assertThat(out.toString()).isEmpty();
        assertThat(Jsonl.single(CliRunner.runOn(db, "device", "show", "--json", "1").out()).get("status").asText())
                .isEqualTo("quarantined");
    }

    @Test
    void aFileThatIsNotADatabaseGivesAClearMessageAndExitOne() throws Exception {
        Path notOurs = dir.resolve("notes.txt");
        Files.writeString(notOurs, "shopping list: gloves, syringes\n".repeat(100));

        CliRunner.Run run = CliRunner.run("--db", notOurs.toString(), "device", "list");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("uditrust: ").contains("notes.txt");
        assertThat(Files.readString(notOurs)).startsWith("shopping list");
    }
}
