package nl.hgw.bench.echo;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import java.time.OffsetDateTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages} as the HGW bot's {@code MessagesController} does it: the body read
 * as an {@link Activity} with the same Jackson set-up (the timestamp mix-in), the turn run by the
 * adapter and waited for, 202 (or 200 with an invoke body), 400 for a body that is no activity,
 * 500 when the turn fails. The HGW bot's extra checks (required fields, 401 mapping) cost
 * microseconds and are left out.
 */
@RestController
class EchoController {

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

    private final BotFrameworkHttpAdapter adapter;

    private final Bot bot;

    EchoController(BotFrameworkHttpAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping("/api/messages")
    ResponseEntity<String> incoming(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Activity activity;
        try {
            activity = mapper.readValue(body, Activity.class);
        } catch (Exception e) {
            return ResponseEntity.badRequest().build();
        }
        try {
            InvokeResponse response = adapter.processIncomingActivity(authorization, activity, bot).join();
            if (response == null) {
                return ResponseEntity.accepted().build();
            }
            String responseBody = response.getBody() == null ? null : mapper.writeValueAsString(response.getBody());
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON)
                .body(responseBody);
        } catch (Exception e) {
            return ResponseEntity.internalServerError().build();
        }
    }
}
