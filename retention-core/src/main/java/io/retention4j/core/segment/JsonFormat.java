package io.retention4j.core.segment;

import io.retention4j.core.internal.JsonTree;

/** The optional {@code format} and {@code version} header of the JSON documents of this package. */
final class JsonFormat {
    private JsonFormat() {
    }

    static void checkHeader(JsonTree.Node root, String format) {
        JsonTree.Node f = root.get("format");
        if (f != null && !format.equals(f.asText())) {
            throw f.problem("expected format \"" + format + "\", got \"" + f.asText() + "\"");
        }
        JsonTree.Node v = root.get("version");
        if (v != null && v.asInt() != 1) {
            throw v.problem("unsupported version " + v.asInt() + "; this library reads version 1");
        }
    }
}
