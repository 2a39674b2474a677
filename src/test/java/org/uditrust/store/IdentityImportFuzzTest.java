package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.uditrust.audit.AuditQuery;
import org.uditrust.registry.Actor;
import org.uditrust.registry.IdentityImport;
import org.uditrust.registry.IdentityKind;
import org.uditrust.registry.IdentityService;
import org.uditrust.registry.ManufacturerTrustService;
import org.uditrust.registry.TrustImport;
import org.uditrust.udi.ParseOptions;

/**
 * Arbitrary bytes as an anchor, CRL, OCSP or device-identity file imported into a real SQLite database: no exception
 * escapes, and a rejected file stores nothing (no row in any identity table, no audit entry). Seeds are the
 * identity core's certificate, chain, CRL, PKCS#7 and PKCS#12 files; the last byte picks the import.
 */
class IdentityImportFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("fuzz", "localhost");
    private static final Database DB = open();
    private static final ManufacturerTrustService TRUST = new ManufacturerTrustService(DB.transactions(), CLOCK);
    private static final IdentityService IDENTITIES = new IdentityService(DB.transactions(), CLOCK,
            ParseOptions.defaults(CLOCK));

    private static Database open() {
        try {
            Path dir = Files.createTempDirectory("identity-fuzz");
            dir.toFile().deleteOnExit();
            return Database.open(dir.resolve("fuzz.db"), CLOCK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows in every table an import may write, and the audit trail's length. */
    private static List<Long> counts() {
        return DB.transactions().read(r -> List.of((long) r.trust().anchors(null).size(),
                (long) r.trust().intermediates().size(), (long) r.trust().crls().size(),
                (long) r.trust().ocspResponses().size(), r.identities().count(),
                r.auditTrail().count(AuditQuery.all())));
    }

    @FuzzTest(maxDuration = "30s")
    void rejectedFilesStoreNothing(FuzzedDataProvider data) {
        int target = data.consumeInt(0, 3);
        byte[] file = data.consumeRemainingAsBytes();
        List<Long> before = counts();
        boolean rejected;
        if (target == 0) {
            rejected = TRUST.importAnchors("Fuzz", file, "fuzz.pem", ACTOR) instanceof TrustImport.Rejected;
        } else if (target == 1) {
            rejected = TRUST.importCrls(file, "fuzz.crl", ACTOR) instanceof TrustImport.Rejected;
        } else if (target == 2) {
            rejected = TRUST.importOcspResponse(file, "fuzz.ocsp", ACTOR) instanceof TrustImport.Rejected;
        } else {
            rejected = IDENTITIES.importIdentity(file, "fuzz.pem", IdentityKind.IDEVID, null, ACTOR)
                    instanceof IdentityImport.Rejected;
        }
        if (rejected) {
            assertThat(counts()).isEqualTo(before);
        }
    }
}
