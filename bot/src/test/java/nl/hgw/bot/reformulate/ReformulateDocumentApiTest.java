package nl.hgw.bot.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import nl.hgw.documents.TestFiles;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** {@code POST /api/reformulate/document} over HTTP with real files, in local mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hgw.reports.max-size=3MB")
@ExtendWith(OutputCaptureExtension.class)
class ReformulateDocumentApiTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final List<String> REPORT = List.of(
        "Naam: Joost",
        "Doel: Joost werkt over zes weken tien minuten zelfstandig aan een rekentaak.",
        "Joost heeft ADHD en kan zich slecht concentreren tijdens de instructie.",
        "Hij is goed in tekenen en helpt graag anderen.",
        "Moeder geeft aan dat hij thuis snel boos wordt.");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hgw.data-dir", Files.createTempDirectory("hgw-doc-api")::toString);
    }

    @Test
    void aDocxComesBackAsJsonPerParagraph(CapturedOutput output) throws Exception {
        ResponseEntity<String> response = post(TestFiles.docx(REPORT), "verslag.docx", null, null);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("pupil").asText()).isEqualTo("Joost");
        assertThat(body.path("goals").get(0).asText()).contains("rekentaak");
        assertThat(body.path("goalStated").asBoolean()).isTrue();
        JsonNode paragraphs = body.path("paragraphs");
        assertThat(paragraphs).hasSize(REPORT.size());
        assertThat(paragraphs.get(2).path("text").asText()).isEqualTo(REPORT.get(2));
        assertThat(paragraphs.get(2).path("reformulation").path("labels").findValuesAsText("label")).contains("ADHD");
        assertThat(paragraphs.get(2).path("reformulation").path("needs")).isNotEmpty()
            .allSatisfy(need -> assertThat(need.path("text").asText()).contains("rekentaak").doesNotContain("ADHD"));
        assertThat(body.path("needs").has("parents")).isTrue();
        assertThat(body.path("summary").path("paragraphs").asInt()).isEqualTo(REPORT.size());
        assertThat(output.getAll()).doesNotContain("Joost").doesNotContain("ADHD");
    }

    @Test
    void aPdfComesBackAsADocxWhenAskedFor() throws Exception {
        ResponseEntity<byte[]> response = postForBytes(TestFiles.pdf(REPORT), "verslag.pdf", DOCX);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(DOCX);
        assertThat(response.getHeaders().getContentDisposition().getFilename())
            .isEqualTo("verslag-in-onderwijsbehoeften.docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
            assertThat(docx.getTables().get(0).getRows()).hasSize(1 + REPORT.size());
            assertThat(docx.getTables().get(0).getRow(3).getCell(0).getText()).isEqualTo("3. " + REPORT.get(2));
            assertThat(docx.getTables().get(0).getRow(3).getCell(1).getText()).contains("nodig")
                .contains("Label 'ADHD' niet overgenomen");
        }
    }

    @Test
    void everyBadFileGetsItsCodeAndMessage() throws Exception {
        assertProblem(post(new byte[0], "leeg.docx", null, null), 400, "empty", "Ik vind geen tekst");
        assertProblem(post(TestFiles.scannedPdf(2), "scan.pdf", null, null), 422, "no_text_layer", "geen tekstlaag");
        assertProblem(post(TestFiles.pdf(REPORT, "geheim"), "geheim.pdf", null, null), 422, "encrypted", "wachtwoord");
        assertProblem(post(TestFiles.encryptedDocx(REPORT), "geheim.docx", null, null), 422, "encrypted", "wachtwoord");
        assertProblem(post(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, "foto.docx", null, null), 415,
            "unsupported_type", "Dit soort bestand");
        byte[] docx = TestFiles.docx(REPORT);
        assertProblem(post(java.util.Arrays.copyOf(docx, docx.length / 2), "kapot.docx", null, null), 422, "corrupt",
            "beschadigd");
        byte[] bomb = TestFiles.zip(new String[] {"word/document.xml", "word/media/x"}, new long[] {10, 101L << 20});
        assertProblem(post(bomb, "bom.docx", null, null), 422, "zip_bomb", "pakt uit");
        assertProblem(post(new byte[4 << 20], "groot.txt", null, null), 413, "too_large", "groter dan 3 MB");
        assertProblem(post(TestFiles.docx(REPORT), "verslag.docx", null, "en"), 200, null, null);
        assertProblem(post(TestFiles.scannedPdf(1), "scan.pdf", null, "en"), 422, "no_text_layer", "no text layer");
        assertProblem(post(TestFiles.docx(REPORT), "verslag.docx", null, "fr"), 400, "locale_unknown", "Onbekende taal");
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String code, String message)
            throws IOException {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        if (code == null) {
            return;
        }
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("error").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).contains(message);
    }

    private ResponseEntity<String> post(byte[] file, String name, String goal, String locale) {
        return http.postForEntity("/api/reformulate/document", form(file, name, goal, locale, null), String.class);
    }

    private ResponseEntity<byte[]> postForBytes(byte[] file, String name, String accept) {
        return http.postForEntity("/api/reformulate/document", form(file, name, null, null, accept), byte[].class);
    }

    private static HttpEntity<MultiValueMap<String, Object>> form(byte[] file, String name, String goal, String locale,
            String accept) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        if (goal != null) {
            parts.add("goal", goal);
        }
        if (locale != null) {
            parts.add("locale", locale);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        return new HttpEntity<>(parts, headers);
    }
}
