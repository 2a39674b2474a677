package org.uditrust.registry.gudid;

import java.util.Objects;
import org.uditrust.registry.DeviceModel;

/** What {@link GudidLookupJson} made of a document. */
public sealed interface LookupJsonResult {

    /** The document described this model (store it with {@code ModelRepository.upsert}). */
    record Parsed(DeviceModel model) implements LookupJsonResult {
        public Parsed {
            Objects.requireNonNull(model, "model");
        }
    }

    /** The document is not a usable AccessGUDID lookup response; the message says why, in one sentence. */
    record Rejected(String message) implements LookupJsonResult {
        public Rejected {
            Objects.requireNonNull(message, "message");
        }
    }
}
