package org.uditrust.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.UdiParser;
import org.uditrust.udi.gs1.Gs1ElementStringParser;

/**
 * Parse throughput on one thread (targets of issue #3: GS1 ≥ 2,000,000/s, HIBCC ≥ 1,000,000/s).
 *
 * <p>Run: {@code ./mvnw -Pbench package && java -jar target/benchmarks.jar UdiParse}. Each benchmark also checks
 * that the input really parsed as valid, so a fast failure path cannot pass for a fast parser.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class UdiParseBenchmark {

    /** A typical UDI from a GS1 DataMatrix scanner: ]d2 + (01)(17)(10) GS (21). */
    static final String GS1_SCAN = "]d2" + "0109506000134352" + "17281231" + "10A1B2C3D4" + "\u001d" + "21SN12345678";
    /** The same UDI typed or pasted in its bracketed human-readable form. */
    static final String GS1_BRACKETED = "(01)09506000134352(17)281231(10)A1B2C3D4(21)SN12345678";
    /** A concatenated HIBCC primary + secondary ($$3 = YYMMDD expiry, then lot). */
    static final String HIBCC_SCAN = HibccSample.CONCATENATED;

    private UdiParser parser;
    private Gs1ElementStringParser gs1Parser;
    private ScanInput gs1Scan;

    @Setup
    public void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
        parser = new UdiParser(ParseOptions.defaults(clock));
        gs1Parser = new Gs1ElementStringParser(ParseOptions.defaults(clock));
        gs1Scan = ScanInput.of(GS1_SCAN);
        require(parser.parse(GS1_SCAN), GS1_SCAN);
        require(parser.parse(GS1_BRACKETED), GS1_BRACKETED);
        require(parser.parse(HIBCC_SCAN), HIBCC_SCAN);
    }

    @Benchmark
    public ParseResult gs1ElementString() {
        return parser.parse(GS1_SCAN);
    }

    /** The GS1 parser alone, on input already split from its AIM identifier: what the facade adds is the rest. */
    @Benchmark
    public ParseResult gs1ParserOnly() {
        return gs1Parser.parse(gs1Scan);
    }

    @Benchmark
    public ParseResult gs1Bracketed() {
        return parser.parse(GS1_BRACKETED);
    }

    @Benchmark
    public ParseResult hibccConcatenated() {
        return parser.parse(HIBCC_SCAN);
    }

    private static void require(ParseResult result, String input) {
        if (!result.isValid()) {
            throw new IllegalStateException("benchmark input does not parse as valid: " + input + " -> "
                    + result.problems());
        }
    }
}
