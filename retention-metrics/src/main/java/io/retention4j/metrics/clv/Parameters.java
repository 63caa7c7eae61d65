package io.retention4j.metrics.clv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ordered, unmodifiable name-to-value map of {@link FittedModel#parameters()}. */
final class Parameters {
    private Parameters() {
    }

    static Map<String, Double> named(List<String> names, double... values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(names.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }
}
