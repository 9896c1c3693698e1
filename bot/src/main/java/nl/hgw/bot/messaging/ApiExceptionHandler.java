package nl.hgw.bot.messaging;

import nl.hgw.bot.report.ReportSettings;
import nl.hgw.dialogs.Messages;
import nl.hgw.documents.DocumentProblem;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A malformed JSON body on any endpoint is a 400 with a fixed message. Spring's default
 * handler would log the parser's message, which quotes the body (pupil text), at WARN. An
 * upload over the report limit is a 413 with the chat's message (the request's locale is not
 * read then, so in Dutch).
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private final ReportSettings reports;

    ApiExceptionHandler(ReportSettings reports) {
        this.reports = reports;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ignored) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "The request body is not valid"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException ignored) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("error", DocumentProblem.TOO_LARGE.code(), "message",
                Messages.forLocale("nl").text("report.problem.too_large",
                    Map.of("limit", String.valueOf(Math.max(1, reports.maxSize().toMegabytes()))))));
    }
}
