package org.uditrust.udi.gs1;

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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.ScanInput;

/**
 * Throughput of the GS1 element string parser on a typical DataMatrix scan: {@code ]d2} + (01)(17)(10)(21).
 * Target: at least 2,000,000 parses per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Gs1ParseBenchmark {

    private final Gs1ElementStringParser parser = new Gs1ElementStringParser(ParseOptions.defaults(
            Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC)));
    private final ScanInput scan = ScanInput.of("]d2" + "0109506000134352" + "17281225" + "10ABC123\u001d21SN12345");
    private final ScanInput bracketed = ScanInput.of("(01)09506000134352(17)281225(10)ABC123(21)SN12345");

    @Benchmark
    public ParseResult scannerData() {
        return parser.parse(scan);
    }

    @Benchmark
    public ParseResult bracketedText() {
        return parser.parse(bracketed);
    }
}
