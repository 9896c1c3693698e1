package nl.hgw.bot.reformulate;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.report.ReportProblems;
import nl.hgw.documents.DocumentException;
import nl.hgw.documents.DocumentProblem;
import nl.hgw.documents.DocumentReader;
import nl.hgw.documents.DocumentType;
import nl.hgw.documents.ReportDocx;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.report.ReportReformulation;
import nl.hgw.nlp.report.ReportReformulator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/reformulate/document} (multipart: {@code file}, optional {@code goal},
 * {@code pupil}, {@code locale}): a whole report in, per paragraph out, as JSON or, with
 * {@code Accept: } the .docx media type, as the Word document the chat offers. Same access rule
 * as {@code /api/reformulate}. A file that cannot be read gets the chat's message with a code:
 * 400 missing, 413 too big, 415 not a report format, 422 unreadable (password, scan, damaged).
 */
@RestController
class ReformulateDocumentController {

    private final DocumentReader reader;

    private final ReportReformulator reports;

    private final ApiAccess access;

    /** Dates in the document: Dutch schools, Dutch time. */
    private final Clock clock = Clock.system(java.time.ZoneId.of("Europe/Amsterdam"));

    ReformulateDocumentController(DocumentReader reader, ReportReformulator reports, ApiAccess access) {
        this.reader = reader;
        this.reports = reports;
        this.access = access;
    }

    @PostMapping(path = "/api/reformulate/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> reformulate(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "goal", required = false) String goal,
            @RequestParam(name = "pupil", required = false) String pupil,
            @RequestParam(name = "locale", required = false) String locale,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        if (!access.enabled()) {
            return ResponseEntity.notFound().build();
        }
        if (!access.allows(authorization)) {
            return error(HttpStatus.UNAUTHORIZED, ApiError.UNAUTHORIZED.code(), ApiError.UNAUTHORIZED.message(locale));
        }
        var language = Language.fromLocale(locale);
        if (language.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, ApiError.LOCALE_UNKNOWN.code(),
                ApiError.LOCALE_UNKNOWN.message("nl", locale));
        }
        Messages messages = Messages.forLocale(language.get().code());
        for (var field : Map.of("goal", goal == null ? "" : goal, "pupil", pupil == null ? "" : pupil).entrySet()) {
            if (field.getValue().length() > ReformulateController.MAX_FIELD) {
                return error(HttpStatus.BAD_REQUEST, ApiError.FIELD_TOO_LONG.code(),
                    ApiError.FIELD_TOO_LONG.message(locale, field.getKey(), ReformulateController.MAX_FIELD));
            }
        }
        if (file == null || file.isEmpty()) {
            return problem(new DocumentException(DocumentProblem.EMPTY), messages);
        }
        DocumentReader.Read read;
        try {
            read = reader.read(file.getBytes());
        } catch (DocumentException problem) {
            return problem(problem, messages);
        }
        ReportReformulation report = reports.reformulate(read.paragraphs(), goal, pupil, language.get());
        if (wantsDocx(accept)) {
            byte[] docx = new ReportDocx(messages::text).write(report, LocalDate.now(clock));
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(DocumentType.DOCX.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(messages.text("report.docx.fileName") + ".docx").build().toString())
                .body(docx);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    private static boolean wantsDocx(String accept) {
        if (accept == null) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        MediaType docx = MediaType.parseMediaType(DocumentType.DOCX.mediaType());
        return types.stream().anyMatch(type -> type.equalsTypeAndSubtype(docx));
    }

    private static ResponseEntity<Map<String, String>> problem(DocumentException problem, Messages messages) {
        HttpStatus status = switch (problem.problem()) {
            case EMPTY -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE, TOO_LONG, TOO_MANY_PARAGRAPHS -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case ENCRYPTED, NO_TEXT_LAYER, CORRUPT, ZIP_BOMB -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return error(status, problem.problem().code(), ReportProblems.message(problem, messages));
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("error", code, "message", message));
    }
}
