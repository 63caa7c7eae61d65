package io.retention4j.metrics.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a cohort table.
 */
final class CohortTableJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CohortTableJson() {
    }

    static String write(CohortTable table) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("settings", settings(table.settings()));
        ArrayNode columns = root.putArray("columns");
        for (int c = 0; c < table.columnCount(); c++) {
            columns.addObject().put("label", table.columnLabel(c)).put("firstPeriod", table.firstPeriod(c))
                    .put("lastPeriod", table.lastPeriod(c));
        }
        ArrayNode cohorts = root.putArray("cohorts");
        for (int i = 0; i < table.cohortCount(); i++) {
            ObjectNode cohort = cohorts.addObject().put("label", table.cohortLabel(i))
                    .put("start", table.cohortStart(i).toString()).put("size", table.size(i));
            ArrayNode counts = cohort.putArray("counts");
            for (int c = 0; c < table.observedColumns(i); c++) {
                counts.add(table.count(i, c));
            }
            cohort.put("completeColumns", table.completeColumns(i));
        }
        ObjectNode averages = root.putObject("averages");
        for (Averaging averaging : Averaging.values()) {
            ArrayNode curve = averages.putArray(averaging.name());
            for (double value : table.curve(averaging).values()) {
                if (Double.isNaN(value)) {
                    curve.addNull();
                } else {
                    curve.add(value);
                }
            }
        }
        CohortCoverage coverage = table.coverage();
        root.putObject("coverage").put("startingCustomers", coverage.startingCustomers())
                .put("memberships", coverage.memberships()).put("outsideWindow", coverage.outsideWindow())
                .put("returnsBeforeStart", coverage.returnsBeforeStart())
                .put("returnsAfterEnd", coverage.returnsAfterEnd())
                .put("unmatchedCustomers", coverage.unmatchedCustomers());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the cohort table as JSON", e);
        }
    }

    private static ObjectNode settings(CohortSettings s) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("startEvent", s.startEvent())
                .put("returnEvent", s.returnEvent())
                .put("period", s.period().kind().name())
                .put("periodDescription", s.period().toString())
                .put("zone", s.period().zone().getId());
        if (s.period().weekStart() != null) {
            node.put("weekStart", s.period().weekStart().name());
        }
        if (s.isRolling()) {
            node.put("window", s.window().toString());
        }
        return node.put("cohorting", s.cohorting().name())
                .put("mode", s.mode().name())
                .put("minimumEvents", s.minimumEvents())
                .put("beforeStart", s.beforeStart().name())
                .put("from", s.from().toString())
                .put("until", s.until().toString());
    }
}
