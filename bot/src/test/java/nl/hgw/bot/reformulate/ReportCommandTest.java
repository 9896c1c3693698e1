package nl.hgw.bot.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.hgw.documents.TestFiles;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reformulate report.docx --out result.docx}, as an IB/KC runs it on a laptop. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aDocxBecomesAReformulatedDocx() throws Exception {
        Path report = Files.write(dir.resolve("verslag.docx"), TestFiles.docx(ReformulateDocumentApiTest.REPORT));
        Path result = dir.resolve("resultaat.docx");
        assertThat(run(report.toString(), "--out", result.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Alinea's: 5").contains("Geschreven: " + result);
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(result))) {
            assertThat(docx.getTables().get(0).getRows()).hasSize(6);
            assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).startsWith("• Joost heeft"));
        }
    }

    @Test
    void aPdfIsAReportEvenWithoutOut() throws Exception {
        Path report = Files.write(dir.resolve("verslag.pdf"), TestFiles.pdf(ReformulateDocumentApiTest.REPORT));
        assertThat(run(report.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Alinea's: 5").contains("[Ouders] Joost heeft");
    }

    @Test
    void anUnreadableFileSaysWhyAndExitsWith2() throws Exception {
        Path scan = Files.write(dir.resolve("scan.pdf"), TestFiles.scannedPdf(1));
        assertThat(run(scan.toString(), "--out", dir.resolve("x.docx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("geen tekstlaag");
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }

    private int run(String... args) throws Exception {
        return ReformulateCommand.run(args, Map.of(), new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

}
