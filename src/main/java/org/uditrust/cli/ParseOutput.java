package org.uditrust.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;

/**
 * Renders parse results for the console, as text for people or as the JSON contract for tools.
 *
 * <p>The JSON object is a fixed interface (issue #3): {@code input, valid, issuer, di, lot, serial, expiry,
 * manufactured, elements, problems}, with dates as {@code YYYY-MM-DD} or null. Fields are only ever added after
 * these, never renamed or removed.
 */
final class ParseOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParseOutput() {
    }

    /** The contract's JSON object for one input, on one line. */
    static String json(ParseResult result, Map<String, Object> extraFields) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("input", result.input());
        o.put("valid", result.isValid());
        Udi udi = result instanceof ParseResult.Valid valid ? valid.udi() : null;
        Issuer issuer = udi != null ? udi.issuer()
                : result instanceof ParseResult.Invalid invalid ? invalid.issuer() : null;
        o.put("issuer", issuer == null ? null : issuer.name());
        o.put("di", udi == null ? null : udi.di());
        o.put("lot", udi == null ? null : udi.lot());
        o.put("serial", udi == null ? null : udi.serial());
        o.put("expiry", udi == null ? null : isoDate(udi.expiry()));
        o.put("manufactured", udi == null ? null : isoDate(udi.manufactured()));
        List<Map<String, Object>> elements = new ArrayList<>();
        for (DataElement e : result.elements()) {
            Map<String, Object> element = new LinkedHashMap<>();
            element.put("key", e.key());
            element.put("title", e.title());
            element.put("value", e.value());
            element.put("position", e.position());
            elements.add(element);
        }
        o.put("elements", elements);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem p : result.problems()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("code", p.code());
            problem.put("position", p.position());
            problem.put("message", p.message());
            problem.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            problems.add(problem);
        }
        o.put("problems", problems);
        if (udi != null) {
            // Additions after the contract's fields: precision matters to a reader of "2025-03-31" from "MMYY".
            o.put("expiryPrecision", udi.expiry() == null ? null : udi.expiry().precision().name().toLowerCase());
            o.put("softwareVersion", udi.softwareVersion());
            o.put("donationId", udi.donationId());
            o.put("humanReadable", udi.humanReadable());
        }
        o.putAll(extraFields);
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for a parse result", e);
        }
    }

    private static String isoDate(UdiDate date) {
        if (date == null) {
            return null;
        }
        LocalDate day = date.date();
        return day.toString();
    }

    /** A short human report: a verdict line, the UDI's fields, then the problems. */
    static String text(ParseResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.isValid() ? "VALID  " : "INVALID  ").append(printable(result.input())).append('\n');
        if (result instanceof ParseResult.Valid valid) {
            Udi udi = valid.udi();
            field(out, "Issuer", udi.issuer().name());
            field(out, "UDI-DI", udi.di());
            field(out, "Lot", udi.lot());
            field(out, "Serial", udi.serial());
            field(out, "Expiry", udi.expiry() == null ? null : udi.expiry().display());
            field(out, "Manufactured", udi.manufactured() == null ? null : udi.manufactured().display());
            field(out, "Software", udi.softwareVersion());
            field(out, "Donation ID", udi.donationId());
            field(out, "Human-readable", udi.humanReadable());
        }
        if (!result.elements().isEmpty()) {
            out.append("  Elements:\n");
            for (DataElement e : result.elements()) {
                out.append("    ").append(e.key()).append("  ").append(e.title()).append(": ")
                        .append(printable(e.value())).append('\n');
            }
        }
        for (Problem p : result.problems()) {
            out.append("  ").append(p.isError() ? "error" : "warning")
                    .append(p.position() >= 0 ? " at " + p.position() : "")
                    .append(" [").append(p.code()).append("] ").append(p.message()).append('\n');
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append("  ").append(name).append(": ").append(printable(value)).append('\n');
        }
    }

    /** Shows control characters (GS above all) visibly instead of letting them garble the terminal. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001d') {
                out.append("<GS>");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("<%02X>", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
