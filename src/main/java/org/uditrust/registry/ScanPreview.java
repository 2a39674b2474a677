package org.uditrust.registry;

import java.util.List;
import java.util.Objects;
import org.uditrust.udi.ParseResult;

/**
 * What a scan tells before anything is saved: the parsed UDI, its GUDID model, whether it is already registered,
 * and what on the label contradicts GUDID. The Scan view pre-fills its form from this.
 *
 * @param parse    the parse result
 * @param model    the GUDID model of the DI, or null if unknown
 * @param existing the device already registered with this UDI, or null
 * @param findings label-versus-GUDID contradictions (empty when valid and consistent, or when the model is unknown)
 */
public record ScanPreview(ParseResult parse, DeviceModel model, Device existing, List<LabelFinding> findings) {
    public ScanPreview {
        Objects.requireNonNull(parse, "parse");
        findings = List.copyOf(findings);
    }
}
