package nl.hgw.bot.fuzz;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import nl.hgw.documents.TestFiles;

/**
 * What the fuzz's file server answers at {@code /files/<name>}: files whose content does not
 * match what they claim, garbage, nothing, faults, a real report.
 */
final class FuzzFiles {

    static final String[] NAMES = {"pdf", "docx", "png", "random", "empty", "missing", "server-error", "reset",
        "half", "zip", "text", "html", "encrypted", "too-large", "lying-length"};

    static final List<String> REPORT = List.of("Naam: Joost", "Doel: Joost werkt tien minuten zelfstandig.",
        "Joost heeft ADHD en pikt de instructie niet op.");

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
        0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    private FuzzFiles() {
    }

    /** Registers every file; {@code maxBytes} is the bot's report limit. */
    static void serve(WireMockServer server, long maxBytes) {
        byte[] random = new byte[20_000];
        new Random(7).nextBytes(random);
        serve(server, "pdf", ok(TestFiles.pdf(REPORT)));
        serve(server, "docx", ok(TestFiles.docx(REPORT)));
        serve(server, "png", ok(PNG));
        serve(server, "random", ok(random));
        serve(server, "empty", aResponse().withStatus(200));
        serve(server, "missing", aResponse().withStatus(404));
        serve(server, "server-error", aResponse().withStatus(500).withBody("oops"));
        serve(server, "reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        serve(server, "half", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
        serve(server, "zip", ok(TestFiles.zip(new String[] {"word/document.xml"}, new long[] {50_000_000})));
        serve(server, "text", ok("Joost is druk in de klas.".getBytes(StandardCharsets.UTF_8)));
        serve(server, "html", ok("<html><body>Joost</body></html>".getBytes(StandardCharsets.UTF_8)));
        serve(server, "encrypted", ok(TestFiles.encryptedDocx(REPORT)));
        serve(server, "too-large", ok(new byte[(int) maxBytes + 1]));
        serve(server, "lying-length", aResponse().withStatus(200).withHeader("Content-Length", "10")
            .withBody(random));
    }

    private static ResponseDefinitionBuilder ok(byte[] body) {
        return aResponse().withStatus(200)
            .withHeader("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .withBody(body);
    }

    private static void serve(WireMockServer server, String name, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo("/files/" + name)).willReturn(response));
    }
}
