package io.retention4j.loyalty.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The JSON form of a program: Jackson over the records, with java.time values as ISO-8601 text. The
 * records' constructors do all validation, so a document and a builder accept exactly the same programs.
 *
 * <p>Reading is strict, so nothing in a document is dropped or reinterpreted silently: unknown fields,
 * a field given twice, text after the document, numbers as text ({@code "50"}), fractions where a whole
 * number belongs ({@code 1.5} orders), numbers for flags or enum constants are all rejected. A field
 * that is absent or {@code null} takes its default (null for objects, which the records turn into
 * their documented defaults; 0 or false for numbers and flags).
 */
final class ProgramJson {
    /** Jackson's hints about its own configuration mean nothing to the author of a program document. */
    private static final Pattern JACKSON_HINTS = Pattern.compile(
            " ?\\((?:but (?:might|could) if coercion|set DeserializationConfig)[^)]*\\)"
            + "|: disable DeserializationConfig\\.\\S+ to allow|: not allowed as per `DeserializationFeature\\.\\w+`");

    private static final ObjectMapper MAPPER = mapper();

    private ProgramJson() {
    }

    private static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("retention4j-program-time");
        text(time, ZoneId.class, ZoneId::of, "a region id such as Europe/Paris");
        text(time, Period.class, Period::parse, "an ISO-8601 period such as P30D or P1Y6M");
        text(time, LocalDate.class, LocalDate::parse, "an ISO-8601 date such as 2026-11-27");
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(time)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // absent booleans and counts mean false and 0, the records' documented defaults
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        // no scalar coercions: "50" is not a number, 1 is not a flag, 1.5 is not a count, "" is not absent
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // ... except that a whole number is a fine decimal (an amount of 500, a multiplier of 2)
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        return mapper;
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse, String expected) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.toString());
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
                if (!in.hasToken(JsonToken.VALUE_STRING)) {
                    JsonToken token = in.currentToken();
                    return context.reportInputMismatch(type, "expected %s as text, got %s", expected,
                            token == null ? "nothing" : token.isScalarValue() ? in.getText() : token.asString());
                }
                String text = in.getText();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    return context.reportInputMismatch(type, "'%s' is not %s (%s)", text, expected, e.getMessage());
                }
            }
        });
    }

    static LoyaltyProgram read(String json, String source) {
        if (json.isBlank()) {
            throw new ProgramFormatException(source, "", "the document is empty", null);
        }
        try {
            LoyaltyProgram program = MAPPER.readValue(json, LoyaltyProgram.class);
            if (program == null) {
                throw new ProgramFormatException(source, "", "the document is empty (null)", null);
            }
            return program;
        } catch (ValueInstantiationException e) {
            // a record's constructor rejected the values: its message names the field, the value and the rule
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String problem = cause == e || cause.getMessage() == null ? e.getOriginalMessage() : cause.getMessage();
            throw new ProgramFormatException(source, path(e), problem, cause);
        } catch (UnrecognizedPropertyException e) {
            TreeSet<String> known = new TreeSet<>();
            e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            throw new ProgramFormatException(source, path(e), "unknown field \"" + e.getPropertyName() + "\" in "
                    + e.getReferringClass().getSimpleName() + " (near " + where(e.getLocation()) + "); the known fields are "
                    + known, e);
        } catch (JsonMappingException e) {
            String at = where(e.getLocation());
            throw new ProgramFormatException(source, path(e), JACKSON_HINTS.matcher(e.getOriginalMessage()).replaceAll("")
                    + (at.isEmpty() ? "" : " (near " + at + ")"), e);
        } catch (JsonProcessingException e) {
            throw new ProgramFormatException(source, "", "malformed JSON at " + where(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ", column "
                + location.getColumnNr();
    }

    private static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (s.length() > 0) {
                    s.append('.');
                }
                s.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    static String write(LoyaltyProgram program) {
        try {
            return MAPPER.writeValueAsString(program);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write program '" + program.name() + "' as JSON", e);
        }
    }
}
