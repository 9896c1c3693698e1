package nl.hgw.bot.messaging;

import nl.hgw.bot.Causes;
import nl.hgw.bot.report.ReportSettings;
import nl.hgw.dialogs.Messages;
import nl.hgw.documents.DocumentProblem;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A malformed JSON body on any endpoint is a 400 with a fixed message; one over the JSON body
 * limit ({@link JsonBodyLimit}) a 413. Spring's default
 * handler would log the parser's message, which quotes the body (pupil text), at WARN. An
 * upload over the report limit is a 413 with the chat's message (the request's locale is not
 * read then, so in Dutch), as are form fields over Tomcat's limit; a multipart body that cannot be
 * parsed is a 400.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private final ReportSettings reports;

    private final JsonBodyLimit bodyLimit;

    ApiExceptionHandler(ReportSettings reports, JsonBodyLimit bodyLimit) {
        this.reports = reports;
        this.bodyLimit = bodyLimit;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException error) {
        if (JsonBodyLimit.isTooLarge(error)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(JsonBodyLimit.errorBody(bodyLimit.maxBytes()));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "The request body is not valid"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException error) {
        if (formFieldsTooLarge(error)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "fields_too_large", "message",
                    "De velden naast het bestand (goal, pupil, locale) zijn samen te lang."));
        }
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("error", DocumentProblem.TOO_LARGE.code(), "message",
                Messages.forLocale("nl").text("report.problem.too_large",
                    Map.of("limit", String.valueOf(Math.max(1, reports.maxSize().toMegabytes()))))));
    }

    /** A multipart body that cannot be parsed (no boundary, cut off, not multipart at all). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> unparsable(MultipartException ignored) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("error", "multipart_invalid", "message",
                "De aanvraag is geen leesbaar multipart-formulier; stuur het verslag in het veld \"file\"."));
    }

    /**
     * Tomcat's limit on the form fields of a multipart request ({@code server.tomcat.max-http-form-post-size})
     * rather than the file's: Spring reports both as one exception, Tomcat's message tells them apart.
     */
    private static boolean formFieldsTooLarge(Throwable error) {
        return Causes.first(error, cause -> cause.getMessage() != null && cause.getMessage().contains("maxPostSize"))
            != null;
    }
}
