package nl.hgw.bot.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/downloads/{token}}: a document the bot wrote, while its link is valid. The
 * token is the only key; a wrong or expired one gets 404 with a short message in Dutch and
 * English. Never cached.
 */
@RestController
class DownloadController {

    private static final String GONE = "Deze link werkt niet meer: vraag de bot opnieuw om het document.\n"
        + "This link no longer works: ask the bot for the document again.\n";

    private static final String AWAY = "De opslag is even niet bereikbaar; probeer het zo opnieuw.\n"
        + "The store cannot be reached right now; try again shortly.\n";

    private final MongoDownloadLinks links;

    DownloadController(MongoDownloadLinks links) {
        this.links = links;
    }

    @GetMapping("/" + MongoDownloadLinks.PATH + "{token}")
    ResponseEntity<byte[]> download(@PathVariable String token) {
        java.util.Optional<MongoDownloadLinks.Download> found;
        try {
            found = links.find(token);
        } catch (nl.hgw.dialogs.pupil.PupilRepository.UnavailableException storeAway) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(AWAY.getBytes(StandardCharsets.UTF_8));
        }
        return found
            .map(download -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(download.name(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content()))
            .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(GONE.getBytes(StandardCharsets.UTF_8)));
    }

    /** Expired documents go, also on the embedded server, which ignores TTL indexes. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purge() {
        try {
            links.purgeExpired();
        } catch (RuntimeException storeAway) {
            // the next run tries again; nothing to tell anyone
        }
    }
}
