package nl.hgw.bot.messaging;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Reads and writes activities as the channels send them. The SDK's {@code Activity}
 * declares {@code timestamp} with a broken pattern ({@code ss.nXXX}: a timestamp without
 * a fraction fails and ".123" becomes 123 nanoseconds); a mix-in puts plain ISO-8601
 * parsing on both timestamps, keeping the sender's offset.
 */
final class ActivityJson {

    /** Thrown for a body that is not JSON or not an activity; says nothing about the body. */
    static final class MalformedActivityException extends Exception {
        MalformedActivityException() {
            super("The request body is not a valid activity");
        }
    }

    private abstract static class TimestampMixIn {
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        private OffsetDateTime timestamp;

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        private OffsetDateTime localTimestamp;
    }

    private final ObjectMapper mapper = JsonMapper.builder()
        .findAndAddModules()
        .addMixIn(Activity.class, TimestampMixIn.class)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
        .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
        .build();

    Activity read(byte[] body) throws MalformedActivityException {
        if (body == null || body.length == 0) {
            throw new MalformedActivityException();
        }
        try {
            Activity activity = mapper.readValue(body, Activity.class);
            if (activity == null) {
                throw new MalformedActivityException();
            }
            return activity;
        } catch (IOException | RuntimeException e) {
            // the parser's message quotes the body: never pass it on
            throw new MalformedActivityException();
        }
    }

    String write(Object value) throws JsonProcessingException {
        return mapper.writeValueAsString(value);
    }
}
