package nl.hgw.bot.webchat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /} in local mode: a page with Microsoft's Web Chat that talks to this bot's own
 * {@code /api/messages}, so a newcomer can chat with the real dialogs and cards right after
 * {@code java -jar hgw-bot.jar}. The page carries a small Direct Line look-alike that posts each
 * activity with {@code deliveryMode: "expectReplies"} and shows the replies from the response; no
 * Direct Line service, no Azure, and what is typed goes to this server only (the Content Security
 * Policy allows no other connection). Only {@code webchat.js} itself is loaded from elsewhere:
 * {@code hgw.webchat.script-url}.
 *
 * <p>With an app id configured this controller does not exist ({@link LocalModeOnly}): {@code /}
 * is an ordinary 404 and says nothing about the bot.
 */
@Controller
@Conditional(LocalModeOnly.class)
class WebChatController {

    private static final Logger LOG = LoggerFactory.getLogger(WebChatController.class);

    static final String TEMPLATE = "webchat/index.html";

    private static final String SCRIPT_URL = "{{scriptUrl}}";

    private static final String NONCE = "{{nonce}}";

    private final SecureRandom random = new SecureRandom();

    private final String template;

    private final String scriptOrigin;

    WebChatController(WebChatProperties properties) throws IOException {
        String scriptUrl = properties.scriptUrl() == null ? "" : properties.scriptUrl().strip();
        this.scriptOrigin = origin(scriptUrl);
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .replace(SCRIPT_URL, htmlAttribute(scriptUrl));
        }
    }

    @GetMapping("/")
    ResponseEntity<String> page() {
        String nonce = nonce();
        return ResponseEntity.ok()
            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .cacheControl(CacheControl.noStore())
            .header("Content-Security-Policy", contentSecurityPolicy(nonce))
            .header("X-Content-Type-Options", "nosniff")
            .header("Referrer-Policy", "no-referrer")
            .body(template.replace(NONCE, nonce));
    }

    /** Where to point a browser, once the port is known. */
    @EventListener
    void announce(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            LOG.info("Try the bot in a browser: http://localhost:{}/ (Web Chat from {})", event.getWebServer().getPort(),
                scriptOrigin);
        }
    }

    /**
     * The page may run its own inline script (by nonce) and Web Chat from the configured origin,
     * and may connect to this server only: what a user types cannot go anywhere else.
     */
    String contentSecurityPolicy(String nonce) {
        return "default-src 'none'; "
            + "script-src 'nonce-" + nonce + "' " + scriptOrigin + "; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "media-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "worker-src blob:; "
            + "connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /** {@code scheme://host[:port]} of an absolute http(s) URL; anything else fails at start-up. */
    static String origin(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("hgw.webchat.script-url (HGW_WEBCHAT_SCRIPT_URL) is not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                "hgw.webchat.script-url (HGW_WEBCHAT_SCRIPT_URL) must be an absolute http(s) URL, not: " + url);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private String nonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String htmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;")
            .replace(">", "&gt;");
    }
}
