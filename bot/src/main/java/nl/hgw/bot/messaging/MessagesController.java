package nl.hgw.bot.messaging;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import nl.hgw.bot.auth.HgwAdapter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: where the Bot Framework channels deliver activities (the
 * SDK's own controller does not run on Spring 6). 202 when the turn is done, 200 with the
 * body of an invoke or {@code expectReplies} answer, 400 for a body that is no activity (or an
 * invoke the bot does not handle), 413 for a body over {@link JsonBodyLimit}, 502 when the
 * turn's reply could not be delivered to the Bot Connector (after its retries),
 * 401 for any authentication failure. Logs ids and types only, never text.
 */
@RestController
class MessagesController {

    private static final Logger LOG = LoggerFactory.getLogger(MessagesController.class);

    private final BotFrameworkHttpAdapter adapter;

    private final Bot bot;

    private final JsonBodyLimit bodyLimit;

    private final ActivityJson json = new ActivityJson();

    MessagesController(BotFrameworkHttpAdapter adapter, Bot bot, JsonBodyLimit bodyLimit) {
        this.adapter = adapter;
        this.bot = bot;
        this.bodyLimit = bodyLimit;
    }

    /**
     * Reads the body itself, whatever Content-Type it claims (Spring's reading fails on some, such
     * as a wildcard, with a 500); {@link JsonBodyLimit} bounds it.
     */
    @PostMapping("/api/messages")
    ResponseEntity<String> incoming(HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Activity activity;
        try {
            activity = json.read(request.getInputStream().readAllBytes());
        } catch (JsonBodyLimit.TooLargeException e) {
            LOG.debug("413: body over the limit");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(JsonBodyLimit.errorBody(bodyLimit.maxBytes()));
        } catch (IOException e) {
            LOG.debug("400: body could not be read ({})", e.getClass().getSimpleName());
            return error(HttpStatus.BAD_REQUEST, "The request body could not be read");
        } catch (ActivityJson.MalformedActivityException e) {
            LOG.debug("400: body is not an activity");
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        Optional<String> problem = ActivityCheck.problem(activity);
        if (problem.isPresent()) {
            LOG.debug("400: {}", problem.get());
            return error(HttpStatus.BAD_REQUEST, problem.get());
        }
        ActivityCheck.normalise(activity);
        LOG.debug("Activity in: type={} channel={} conversation={} id={}", Redacted.id(activity.getType()),
            Redacted.id(activity.getChannelId()), Redacted.id(activity.getConversation().getId()),
            Redacted.id(activity.getId()));
        try {
            InvokeResponse response = adapter.processIncomingActivity(authorization, activity, bot).join();
            if (response == null) {
                return ResponseEntity.accepted().build();
            }
            if (response.getStatus() == HttpStatus.NOT_IMPLEMENTED.value()) {
                // the SDK's answer to an invoke the bot has no handler for: the caller asked for
                // something this bot does not offer, which is no server failure
                LOG.debug("400: unsupported invoke");
                return error(HttpStatus.BAD_REQUEST, "The bot does not handle this invoke");
            }
            String responseBody = response.getBody() == null ? null : json.write(response.getBody());
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON)
                .body(responseBody);
        } catch (RuntimeException | JsonProcessingException e) {
            return failure(e, activity);
        }
    }

    private static ResponseEntity<String> failure(Exception exception, Activity activity) {
        Throwable cause = unwrap(exception);
        if (cause instanceof HgwAdapter.ReplyNotDeliveredException) {
            // logged by the adapter; the activity was read, its reply could not go out: a bad gateway
            return error(HttpStatus.BAD_GATEWAY, "The reply could not be delivered to the Bot Connector");
        }
        if (isCleanupRace(cause)) {
            // the SDK closed the turn's state while the turn changed it (HgwAdapter now starts the bot's
            // part only after that close, so this is a guard). The turn goes on; a 500 would make the
            // channel send the activity again and the user get the reply twice. An invoke or
            // expectReplies answer is lost then: it gets an empty 202.
            LOG.warn("Activity {} ({}): the turn state changed while the SDK closed the turn ({}); answered 202",
                Redacted.id(activity.getId()), Redacted.id(activity.getType()), cause.getClass().getSimpleName());
            return ResponseEntity.accepted().build();
        }
        if (isAuthenticationFailure(cause)) {
            LOG.info("401 for activity {} on channel {}: {}", Redacted.id(activity.getId()),
                Redacted.id(activity.getChannelId()), cause.getClass().getSimpleName());
            LOG.debug("Authentication failure detail", cause);
            return error(HttpStatus.UNAUTHORIZED, "Unauthorized");
        }
        LOG.error("Activity {} on channel {} failed: {}", Redacted.id(activity.getId()),
            Redacted.id(activity.getChannelId()), Redacted.describe(cause));
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "The bot could not handle the activity");
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * A {@link ConcurrentModificationException} thrown where the SDK closes the turn's state
     * ({@code TurnContextStateCollection.close}), which it does when the turn has started.
     */
    static boolean isCleanupRace(Throwable error) {
        if (!(error instanceof ConcurrentModificationException)) {
            return false;
        }
        return Arrays.stream(error.getStackTrace()).limit(8).anyMatch(frame ->
            frame.getClassName().equals("com.microsoft.bot.builder.TurnContextStateCollection")
                && frame.getMethodName().equals("close"));
    }

    /** The SDK's failures and java-jwt's (a token that is no JWT), however deeply wrapped. */
    static boolean isAuthenticationFailure(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof AuthenticationException || current instanceof JWTVerificationException) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    private static ResponseEntity<String> error(HttpStatus status, String message) {
        String body = "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
