package nl.hgw.bot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import nl.hgw.dialogs.report.AttachmentDownloader;
import nl.hgw.dialogs.report.ReportDesk;
import nl.hgw.documents.DocumentException;
import nl.hgw.documents.DocumentProblem;

/**
 * Fetches an attached file over HTTP(S), stopping at the size limit while it streams. A Teams
 * file in a personal chat comes with a pre-authorised {@code downloadUrl} (no token); a file
 * the Connector itself serves (its URL starts with the activity's {@code serviceUrl}) gets the
 * bot's token; anything else is fetched as is. Only http(s) URLs; plain http only to the
 * activity's own service or in local mode.
 */
final class HttpAttachmentDownloader implements AttachmentDownloader {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;

    private final boolean localMode;

    HttpAttachmentDownloader(HttpClient http, boolean localMode) {
        this.http = http;
        this.localMode = localMode;
    }

    @Override
    public byte[] download(TurnContext turn, Attachment attachment, long maxBytes) throws DocumentException {
        URI url = url(attachment);
        String serviceUrl = turn.getActivity().getServiceUrl() == null ? "" : turn.getActivity().getServiceUrl();
        boolean connectorFile = !serviceUrl.isBlank() && url.toString().startsWith(serviceUrl);
        if (!"https".equals(url.getScheme()) && !(connectorFile || localMode)) {
            throw new Unreachable("not https");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET();
        if (connectorFile && !ReportDesk.TEAMS_FILE.equals(attachment.getContentType())) {
            token(turn).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new Unreachable("status " + response.statusCode());
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new DocumentException(DocumentProblem.TOO_LARGE, maxBytes);
                }
                return limited(body, maxBytes);
            }
        } catch (IOException e) {
            throw new Unreachable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    /** Teams puts the file's address in {@code content.downloadUrl}; other channels in {@code contentUrl}. */
    private static URI url(Attachment attachment) {
        String url = attachment.getContentUrl();
        if (ReportDesk.TEAMS_FILE.equals(attachment.getContentType()) && attachment.getContent() != null) {
            JsonNode content = Serialization.objectToTree(attachment.getContent());
            url = content.path("downloadUrl").asText(url);
        }
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new Unreachable("no http(s) url");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new Unreachable("malformed url");
        }
    }

    private static byte[] limited(InputStream body, long maxBytes) throws IOException, DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = body.read(buffer)) > 0) {
            if (out.size() + (long) read > maxBytes) {
                throw new DocumentException(DocumentProblem.TOO_LARGE, maxBytes);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static java.util.Optional<String> token(TurnContext turn) {
        Object client = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        if (client instanceof ConnectorClient connector && connector.credentials() instanceof AppCredentials app) {
            try {
                return java.util.Optional.ofNullable(app.getToken().join());
            } catch (RuntimeException noToken) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }
}
