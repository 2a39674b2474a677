package org.uditrust;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import org.uditrust.barcode.LabelDecoder;
import org.uditrust.barcode.LabelEncoder;
import org.uditrust.identity.PathValidator;
import org.uditrust.registry.DeviceService;
import org.uditrust.registry.IdentityService;
import org.uditrust.registry.IdentityValidationService;
import org.uditrust.registry.InventoryQueries;
import org.uditrust.registry.ManufacturerTrustService;
import org.uditrust.registry.ModelImports;
import org.uditrust.registry.RegistrationService;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.csv.DeviceImportService;
import org.uditrust.registry.gudid.GudidImportService;
import org.uditrust.registry.gudid.GudidLookupJson;
import org.uditrust.report.InventoryExports;
import org.uditrust.store.Database;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

/**
 * The composition root: the one place that builds services and hands them to the faces. Faces take what they need
 * from here; nothing else calls {@code new} on a service.
 *
 * <p>The database opens on first use of {@link #registry()}, so commands that only parse or decode never touch it.
 */
public final class Services implements AutoCloseable {

    private final Clock clock;
    private final ParseOptions options;
    private final UdiParser parser;
    private final LabelDecoder decoder;
    private final LabelEncoder encoder;
    private final Path databaseFile;
    private final PathValidator pathValidator = new PathValidator();
    private final SecureRandom secureRandom = new SecureRandom();
    private Database database;
    private RegistryServices registry;

    private Services(Clock clock, ParseOptions options, Path databaseFile) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.parser = new UdiParser(options);
        this.decoder = new LabelDecoder();
        this.encoder = new LabelEncoder();
        this.databaseFile = Objects.requireNonNull(databaseFile, "databaseFile");
    }

    /** Services on the system clock and the user's default database. */
    public static Services create() {
        Clock clock = Clock.systemDefaultZone();
        return create(clock, ParseOptions.defaults(clock), DataDirectory.defaultDatabase());
    }

    public static Services create(Clock clock, ParseOptions options) {
        return create(clock, options, DataDirectory.defaultDatabase());
    }

    public static Services create(Clock clock, ParseOptions options, Path databaseFile) {
        return new Services(clock, options, databaseFile);
    }

    /** The same services with another way of reading scanner input (for example a GS substitute). */
    public Services withOptions(ParseOptions newOptions) {
        return new Services(clock, newOptions, databaseFile);
    }

    /** The same settings on another database file (the CLI's {@code --db}). */
    public Services withDatabase(Path file) {
        return new Services(clock, options, file);
    }

    public Clock clock() {
        return clock;
    }

    public ParseOptions options() {
        return options;
    }

    public UdiParser parser() {
        return parser;
    }

    public LabelDecoder decoder() {
        return decoder;
    }

    public LabelEncoder encoder() {
        return encoder;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** The randomness for keys, certificate serial numbers and nonces (the platform's strong default source). */
    public SecureRandom secureRandom() {
        return secureRandom;
    }

    /** The inventory services, opening (and migrating) the database on first use. */
    public synchronized RegistryServices registry() {
        if (registry == null) {
            database = Database.open(databaseFile, clock);
            registry = new RegistryServices(database.transactions(),
                    new RegistrationService(parser, database.transactions(), clock),
                    new DeviceService(database.transactions(), clock),
                    new InventoryQueries(database.transactions()),
                    database.gudid(),
                    database.maintenance(),
                    new ManufacturerTrustService(database.transactions(), clock),
                    new IdentityService(database.transactions(), clock, options),
                    new IdentityValidationService(database.transactions(), clock, pathValidator));
        }
        return registry;
    }

    /** Imports AccessGUDID delimited releases into the registry's database (opens it on first use). */
    public GudidImportService gudidImport() {
        return new GudidImportService(registry().gudid());
    }

    /** Reads saved AccessGUDID lookup.json responses (store the model with {@code ModelRepository.upsert}). */
    public GudidLookupJson gudidLookupJson() {
        return new GudidLookupJson();
    }

    /** Single GUDID models (lookup responses) stored with their audit entry (opens the database on first use). */
    public ModelImports modelImports() {
        return new ModelImports(registry().transactions());
    }

    /** Device import from CSV over the inventory (opens the database on first use). */
    public DeviceImportService deviceImport() {
        return new DeviceImportService(parser, registry().transactions(), clock);
    }

    /** Inventory exports as CSV, JSON and FHIR (opens the database on first use). */
    public InventoryExports exports() {
        return new InventoryExports(registry().transactions(), clock);
    }

    /** The one path validator (thread-safe), for validating files without the database. */
    public PathValidator pathValidator() {
        return pathValidator;
    }

    /** Device identities: import, bind, provisioning records (opens the database on first use). */
    public IdentityService identities() {
        return registry().identities();
    }

    /** Manufacturers' anchors, pins, binding rules, CRLs and OCSP responses (opens the database on first use). */
    public ManufacturerTrustService manufacturerTrust() {
        return registry().trust();
    }

    /** Validation of stored identities and the life-cycle lists (opens the database on first use). */
    public IdentityValidationService identityValidation() {
        return registry().identityValidation();
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
            registry = null;
        }
    }
}
