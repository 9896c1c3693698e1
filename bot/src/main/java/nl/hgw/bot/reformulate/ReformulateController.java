package nl.hgw.bot.reformulate;

import java.util.Map;

import nl.hgw.bot.messaging.JsonBodyLimit;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.reformulate.Reformulation;
import nl.hgw.nlp.reformulate.Reformulator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reformulate}: a teacher's note in, the reformulation of HGW.md out. Bad input
 * gets a JSON error with a code and a message in the caller's language: no text 400, unknown
 * locale 400, malformed JSON 400, more than {@value #MAX_TEXT} characters 413.
 */
@RestController
class ReformulateController {

    static final int MAX_TEXT = 100_000;

    /** A goal or a name is short; the goal is repeated in every need. */
    static final int MAX_FIELD = 500;

    private final Reformulator engine;

    private final ApiAccess access;

    private final JsonBodyLimit bodyLimit;

    ReformulateController(Reformulator engine, ApiAccess access, JsonBodyLimit bodyLimit) {
        this.engine = engine;
        this.access = access;
        this.bodyLimit = bodyLimit;
    }

    @PostMapping(path = "/api/reformulate", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> reformulate(@RequestBody(required = false) ReformulateRequest request,
        @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (!this.access.enabled()) {
            return ResponseEntity.notFound().build();
        }
        String locale = request == null ? null : request.locale();
        if (!this.access.allows(authorization)) {
            return error(HttpStatus.UNAUTHORIZED, ApiError.UNAUTHORIZED, locale);
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            return error(HttpStatus.BAD_REQUEST, ApiError.TEXT_MISSING, locale);
        }
        var language = Language.fromLocale(locale);
        if (language.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, ApiError.LOCALE_UNKNOWN, "nl", locale);
        }
        if (request.text().length() > MAX_TEXT) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.TEXT_TOO_LONG, locale, MAX_TEXT);
        }
        if (request.goal() != null && request.goal().length() > MAX_FIELD) {
            return error(HttpStatus.BAD_REQUEST, ApiError.FIELD_TOO_LONG, locale, "goal", MAX_FIELD);
        }
        if (request.pupil() != null && request.pupil().length() > MAX_FIELD) {
            return error(HttpStatus.BAD_REQUEST, ApiError.FIELD_TOO_LONG, locale, "pupil", MAX_FIELD);
        }
        Reformulation result = this.engine.reformulate(request.text(), request.goal(), request.pupil(),
            language.get());
        return ResponseEntity.ok(result);
    }

    /**
     * Malformed JSON, or more than the JSON body limit: the fixed message of the API in Dutch; the
     * body is never echoed or logged.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException error) {
        if (JsonBodyLimit.isTooLarge(error)) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.BODY_TOO_LARGE, "nl", bodyLimit.maxBytes());
        }
        return error(HttpStatus.BAD_REQUEST, ApiError.BODY_INVALID, "nl");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, ApiError error, String locale,
        Object... args) {
        return ResponseEntity.status(status).body(Map.of("error", error.code(), "message", error.message(locale, args)));
    }
}
