package io.retention4j.loyalty.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The JSON form of a program: Jackson over the records, with java.time values as ISO-8601 text. The
 * records' constructors do all validation, so a document and a builder accept exactly the same programs.
 */
final class ProgramJson {
    private static final ObjectMapper MAPPER = mapper();

    private ProgramJson() {
    }

    private static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("retention4j-program-time");
        text(time, ZoneId.class, ZoneId::of);
        text(time, Period.class, Period::parse);
        text(time, LocalDate.class, LocalDate::parse);
        return new ObjectMapper()
                .registerModule(time)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // absent booleans and counts mean false and 0, the records' documented defaults
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.toString());
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
                String text = in.getValueAsString();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    return context.reportInputMismatch(type, "'%s' is not a valid %s (%s)", text, type.getSimpleName(),
                            e.getMessage());
                }
            }
        });
    }

    static LoyaltyProgram read(String json, String source) {
        try {
            LoyaltyProgram program = MAPPER.readValue(json, LoyaltyProgram.class);
            if (program == null) {
                throw new ProgramFormatException(source, "", "the document is empty (null)", null);
            }
            return program;
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof NullPointerException
                    ? e.getCause() : e;
            String problem = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new ProgramFormatException(source, path(e), problem, cause);
        } catch (JsonProcessingException e) {
            throw new ProgramFormatException(source, "", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
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
