package nl.hgw.dialogs.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.dialogs.DialogSet;
import com.microsoft.bot.dialogs.DialogState;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.DownloadLinks;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.QuietTestKit;
import nl.hgw.dialogs.pupil.InMemoryPupilRepository;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.documents.DocumentException;
import nl.hgw.documents.DocumentLimits;
import nl.hgw.documents.DocumentProblem;
import nl.hgw.documents.DocumentReader;
import nl.hgw.documents.TestFiles;
import nl.hgw.nlp.reformulate.Reformulator;
import nl.hgw.nlp.report.ReportReformulator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The report conversation through the SDK's TestAdapter, with files made by POI and PDFBox. */
@ExtendWith(QuietTestKit.class)
class ReportDialogTest {

    private static final Messages NL = Messages.of(Messages.DUTCH);

    static final List<String> REPORT = List.of(
        "Naam: Joost",
        "Joost heeft ADHD en kan zich slecht concentreren tijdens de instructie.",
        "Hij gaat vaak de discussie aan met de leerkracht en pikt de uitleg onvoldoende op.",
        "Hij is goed in tekenen en helpt graag anderen.",
        "Moeder geeft aan dat hij thuis snel boos wordt.",
        "In de pauze speelt hij vaak alleen.",
        "Bij rekenen haakt hij af als de sommen lang worden.");

    private static ReportReformulator reformulator;

    private final Map<String, byte[]> files = new HashMap<>();

    private final List<byte[]> published = new ArrayList<>();

    private final InMemoryPupilRepository pupils = new InMemoryPupilRepository() {
        @Override
        public PupilPlan save(TeamScope team, PupilPlan plan, String authorId) {
            if (storeAway) {
                throw new UnavailableException("test");
            }
            return super.save(team, plan, authorId);
        }
    };

    private boolean storeAway;

    @BeforeAll
    static void load() {
        reformulator = new ReportReformulator(Reformulator.load());
    }

    @Test
    void anAttachedDocxWithoutAGoalAsksTheGoalThenSummarisesAndSaves() throws Exception {
        files.put("https://files.test/verslag.docx", TestFiles.docx(REPORT));
        TestAdapter adapter = dutch();
        new TestFlow(adapter, bot())
            .send("herformuleer verslag")
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Plak hier de tekst"))
            .send(withFile("https://files.test/verslag.docx"))
            .assertReply(reply -> assertThat(reply.getText()).contains("7 alinea's").contains("Wat is het doel van Joost?"))
            .send("Joost werkt over zes weken tien minuten zelfstandig aan een rekentaak")
            .assertReply(reply -> assertThat(reply.getType()).isEqualTo(ActivityTypes.TYPING))
            .assertReply(NL.text("report.working", Map.of("count", "7")))
            .assertReply(reply -> {
                assertThat(reply.getAttachments()).hasSize(1);
                assertThat(reply.getText()).contains("Labels benoemd (niet overgenomen): 1")
                    .contains("https://downloads.test/1");
            })
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Wil je de").contains("bij Joost bewaren"))
            .send("ja")
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Bewaard:").contains("Joost"))
            .startTest().join();
        PupilPlan joost = pupils.find(TeamScope.of(conversation(adapter)), "Joost").orElseThrow();
        assertThat(joost.goal()).contains("rekentaak");
        assertThat(joost.needs()).isNotEmpty().allSatisfy(need -> assertThat(need.text()).contains("rekentaak")
            .doesNotContain("ADHD"));
        assertThat(joost.strengths()).anyMatch(s -> s.contains("tekenen"));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(published.get(0)))) {
            assertThat(docx.getTables().get(0).getRows()).hasSize(1 + REPORT.size());
        }
    }

    @Test
    void pastedTextWithAStatedGoalNeedsNoQuestionAndNoMeansNothingStored() {
        String pasted = "Doel: Sanne vraagt over vier weken hulp als ze vastloopt.\n\n"
            + "Sanne is faalangstig en durft geen vragen te stellen.";
        new TestFlow(dutch(), bot())
            .send("herformuleer verslag\n" + pasted)
            .assertReply(reply -> assertThat(reply.getText()).contains("2 alinea's").contains("vraagt over vier weken hulp"))
            .assertReply(reply -> assertThat(reply.getType()).isEqualTo(ActivityTypes.TYPING))
            .assertReply(reply -> assertThat(reply.getAttachments()).hasSize(1))
            .assertReply(reply -> assertThat(reply.getText()).contains("bij een leerling bewaren"))
            .send("nee")
            .assertReply(NL.text("report.done"))
            .startTest().join();
        assertThat(published).hasSize(1);
    }

    @Test
    void aFileThatCannotBeReadIsSaidAndAskedForAgain() {
        files.put("https://files.test/scan.pdf", TestFiles.scannedPdf(2));
        files.put("https://files.test/geheim.pdf", TestFiles.pdf(REPORT, "geheim"));
        files.put("https://files.test/verslag.pdf", TestFiles.pdf(REPORT));
        new TestFlow(dutch(), bot())
            .send("herformuleer verslag")
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Plak hier de tekst"))
            .send(withFile("https://files.test/scan.pdf"))
            .assertReply(NL.text("report.problem.no_text_layer"))
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Plak hier de tekst"))
            .send(withFile("https://files.test/geheim.pdf"))
            .assertReply(NL.text("report.problem.encrypted"))
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Plak hier de tekst"))
            .send(withFile("https://files.test/verslag.pdf"))
            .assertReply(reply -> assertThat(reply.getText()).contains("7 alinea's"))
            .startTest().join();
    }

    @Test
    void aStoreThatIsAwayLosesNothing() {
        String pasted = "Naam: Milan\n\nDoel: Milan wacht in de kring op zijn beurt.\n\nMilan roept steeds door de kring heen.";
        TestAdapter adapter = dutch();
        storeAway = true;
        new TestFlow(adapter, bot())
            .send("herformuleer verslag\n" + pasted)
            .assertReply(reply -> assertThat(reply.getText()).contains("3 alinea's"))
            .assertReply(reply -> assertThat(reply.getType()).isEqualTo(ActivityTypes.TYPING))
            .assertReply(reply -> assertThat(reply.getAttachments()).hasSize(1))
            .assertReply(reply -> assertThat(reply.getText()).contains("bij Milan bewaren"))
            .send("ja")
            .assertReply(NL.text("report.save.failed"))
            .assertReply(reply -> {
                assertThat(reply.getText()).contains("bij Milan bewaren");
                storeAway = false;
            })
            .send("ja")
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Bewaard:"))
            .startTest().join();
        assertThat(pupils.find(TeamScope.of(conversation(adapter)), "milan")).get()
            .satisfies(plan -> assertThat(plan.goal()).contains("kring"));
    }

    private static Activity withFile(String url) {
        Activity message = Activity.createMessageActivity();
        Attachment file = new Attachment();
        file.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        file.setContentUrl(url);
        file.setName("verslag");
        message.setAttachments(List.of(file));
        return message;
    }

    private static Activity conversation(TestAdapter adapter) {
        return adapter.makeActivity();
    }

    private static TestAdapter dutch() {
        TestAdapter adapter = new TestAdapter();
        adapter.setLocale("nl-NL");
        return adapter;
    }

    /** A turn handler with only the report feature: starts on "herformuleer verslag", else continues. */
    private com.microsoft.bot.builder.BotCallbackHandler bot() {
        MemoryStorage storage = new MemoryStorage();
        ConversationState state = new ConversationState(storage);
        DialogSet dialogs = new DialogSet(state.<DialogState>createProperty("dialogState"));
        AttachmentDownloader downloader = (turn, attachment, max) -> {
            byte[] bytes = files.get(attachment.getContentUrl());
            if (bytes == null) {
                throw new AttachmentDownloader.Unreachable("404");
            }
            if (bytes.length > max) {
                throw new DocumentException(DocumentProblem.TOO_LARGE, max);
            }
            return bytes;
        };
        DownloadLinks links = (team, name, type, content) -> {
            published.add(content);
            return URI.create("https://downloads.test/" + published.size());
        };
        ReportDesk desk = new ReportDesk(new DocumentReader(DocumentLimits.defaults()), reformulator, downloader, links,
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        ReportFeature feature = new ReportFeature(state, desk, pupils);
        feature.dialogs().forEach(dialogs::add);
        return turn -> dialogs.createContext(turn).thenCompose(dc -> {
            String text = turn.getActivity().getText() == null ? "" : turn.getActivity().getText();
            if (dc.getActiveDialog() != null) {
                return dc.continueDialog().thenApply(r -> (Void) null);
            }
            if (text.startsWith("herformuleer verslag")) {
                return feature.start(dc, text.substring("herformuleer verslag".length()));
            }
            return CompletableFuture.<Void>completedFuture(null);
        }).thenCompose(done -> state.saveChanges(turn));
    }
}
