package io.retention4j.metrics.clv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.retention4j.core.time.TimeScale;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves fitted models as JSON and loads them back: the model name, its parameters, its time unit
 * (continuous-time models) and its fit report (log-likelihood, iterations, standard errors,
 * covariance...). A loaded model predicts exactly as the saved one did: parameters are written with
 * full double precision.
 *
 * <pre>{@code
 * {"format":"retention4j-model","version":1,"model":"BG/NBD",
 *  "parameters":{"r":0.2426,"alpha":4.4135,"a":0.7929,"b":2.4258},
 *  "unit":{"name":"weeks","days":7.0},
 *  "report":{"logLikelihood":-9582.43, ...}}
 * }</pre>
 */
public final class ModelJson {
    private static final String FORMAT = "retention4j-model";
    private static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {
    }

    /**
     * The JSON text of a model.
     *
     * @param model a model of this package
     * @return the JSON document
     */
    public static String toJson(FittedModel model) {
        try {
            return MAPPER.writeValueAsString(tree(model));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + model.name() + " as JSON", e);
        }
    }

    /**
     * Writes a model to a file (UTF-8), replacing it.
     *
     * @param model a model
     * @param path  the file
     * @throws IOException when the file cannot be written
     */
    public static void write(FittedModel model, Path path) throws IOException {
        Files.writeString(path, toJson(model), StandardCharsets.UTF_8);
    }

    /**
     * Writes a model to a writer (not closed).
     *
     * @param model a model
     * @param out   the destination
     * @throws IOException when writing fails
     */
    public static void write(FittedModel model, Writer out) throws IOException {
        out.write(toJson(model));
        out.flush();
    }

    /**
     * Reads a model from JSON text.
     *
     * @param json the document
     * @return the model (cast to the concrete type, e.g. {@code (BgNbdModel)})
     * @throws IllegalArgumentException when the document is not a saved model, names an unknown
     *                                  model, or lacks a parameter
     */
    public static FittedModel fromJson(String json) {
        try {
            return model(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a model from a file.
     *
     * @param path the file
     * @return the model
     * @throws IOException when the file cannot be read
     */
    public static FittedModel read(Path path) throws IOException {
        return fromJson(Files.readString(path, StandardCharsets.UTF_8));
    }

    /**
     * Reads a model from a reader (not closed).
     *
     * @param in the source
     * @return the model
     * @throws IOException when reading fails
     */
    public static FittedModel read(Reader in) throws IOException {
        return model(MAPPER.readTree(in));
    }

    private static ObjectNode tree(FittedModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("model", model.name());
        ObjectNode parameters = root.putObject("parameters");
        model.parameters().forEach(parameters::put);
        if (model instanceof TransactionModel transactionModel) {
            putUnit(root.putObject("unit"), transactionModel.unit());
        }
        model.report().ifPresent(report -> putReport(root.putObject("report"), report));
        return root;
    }

    private static void putUnit(ObjectNode node, TimeScale unit) {
        node.put("name", unit.name());
        if (!unit.isCalendarMonths()) {
            node.put("days", unit.lengthMillis() / 86_400_000d);
        }
    }

    private static void putReport(ObjectNode node, FitReport report) {
        node.put("logLikelihood", report.logLikelihood());
        node.put("iterations", report.iterations());
        node.put("evaluations", report.evaluations());
        node.put("converged", report.converged());
        node.put("gradientNorm", report.gradientNorm());
        node.put("customers", report.customers());
        node.put("rows", report.rows());
        node.put("penalizer", report.penalizer());
        node.put("informationSingular", report.informationSingular());
        ArrayNode covariance = node.putArray("covariance");
        for (double[] row : report.covariance()) {
            ArrayNode r = covariance.addArray();
            for (double v : row) {
                if (Double.isNaN(v)) {
                    r.addNull();
                } else {
                    r.add(v);
                }
            }
        }
    }

    private static FittedModel model(JsonNode root) {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a saved retention4j model: field 'format' is not '" + FORMAT + "'");
        }
        if (root.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException("saved model version " + root.path("version").asText()
                    + " is not supported (this library reads version " + VERSION + ")");
        }
        String name = root.path("model").asText();
        Map<String, Double> parameters = parameters(root.path("parameters"));
        TimeScale unit = root.has("unit") ? unit(root.path("unit")) : null;
        List<String> names = new ArrayList<>(parameters.keySet());
        FitReport report = root.has("report") ? report(name, names, parameters, unit, root.path("report")) : null;
        try {
            return ModelFactory.create(name, parameters, unit, report);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (in the saved file)", e);
        }
    }

    private static Map<String, Double> parameters(JsonNode node) {
        Map<String, Double> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getValue().isNumber()) {
                throw new IllegalArgumentException("parameter '" + f.getKey() + "' is not a number: " + f.getValue());
            }
            out.put(f.getKey(), f.getValue().asDouble());
        }
        return out;
    }

    private static TimeScale unit(JsonNode node) {
        String name = node.path("name").asText();
        for (TimeScale known : new TimeScale[] {TimeScale.HOURS, TimeScale.DAYS, TimeScale.WEEKS, TimeScale.YEARS,
                TimeScale.CALENDAR_MONTHS}) {
            if (known.name().equals(name)) {
                return known;
            }
        }
        if (!node.path("days").isNumber()) {
            throw new IllegalArgumentException("unit '" + name + "' needs its length in 'days'");
        }
        return TimeScale.ofDays(name, node.path("days").asDouble());
    }

    private static FitReport report(String model, List<String> names, Map<String, Double> parameters, TimeScale unit,
                                    JsonNode node) {
        int n = names.size();
        double[][] covariance = new double[n][n];
        JsonNode rows = node.path("covariance");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                JsonNode v = rows.path(i).path(j);
                covariance[i][j] = v.isNumber() ? v.asDouble() : Double.NaN;
            }
        }
        double[] estimates = new double[n];
        for (int i = 0; i < n; i++) {
            estimates[i] = parameters.get(names.get(i));
        }
        return new FitReport(model, names, estimates, covariance, node.path("informationSingular").asBoolean(),
                node.path("logLikelihood").asDouble(), node.path("iterations").asInt(), node.path("evaluations").asInt(),
                node.path("converged").asBoolean(), node.path("gradientNorm").asDouble(), node.path("customers").asDouble(),
                node.path("rows").asInt(), unit, node.path("penalizer").asDouble());
    }
}
