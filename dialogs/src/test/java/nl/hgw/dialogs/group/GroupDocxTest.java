package nl.hgw.dialogs.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.Engines;
import nl.hgw.dialogs.pupil.PupilPlan;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class GroupDocxTest {

    private static final Messages DUTCH = Messages.forLocale("nl");

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private final GroupOverview overview = new GroupPlanner(Engines.shared().needKinds())
        .plan(Groups.pupils(), GroupLayout.empty(), DUTCH);

    @Test
    void theGroupExportHasThePictureAndPerCircleItsPupilsAndNeeds() throws IOException {
        GroupPicture picture = new GroupPicture();
        GroupPicture.Layout layout = picture.layout(overview);
        byte[] docx = new GroupDocx().group(overview, picture.png(overview), layout.width(), layout.height(), DAY, DUTCH);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = text(document);
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(text).contains("Groepsoverzicht", "24 november 2026", "1. Basisaanbod (14)", "2. Intensief (6)",
                "3. Verdiept (5)", "verlengde instructie aan de instructietafel");
            overview.pupils().forEach(pupil -> assertThat(text).contains(pupil.name()));
        }
    }

    @Test
    void aPupilsExportHasGoalNeedsPerCategorySubgroupSupportStrengthsAndQuestions() throws IOException {
        PupilPlan bram = overview.pupil("Bram").orElseThrow();
        byte[] docx = new GroupDocx().pupil(bram, overview, DAY, DUTCH);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = text(document);
            assertThat(text).contains("Onderwijsbehoeften van Bram", "Datum: 24 november 2026",
                "Doel: " + Groups.GOAL, "Instructie/uitleg",
                "Bram heeft verlengde instructie aan de instructietafel nodig om " + Groups.GOAL
                    + ". (subgroep intensief)",
                "Subgroep", "Cirkel 2. Intensief in het groepsoverzicht", "Wat de leerkracht nodig heeft",
                "een collega die twintig minuten de groep overneemt", "Sterke kanten", "behulpzaam", "Open vragen",
                "Wat werkt er thuis, volgens de ouders van Bram?");
            assertThat(text).doesNotContain("Cas");
        }
    }

    @Test
    void englishByLocale() throws IOException {
        Messages english = Messages.forLocale("en");
        PupilPlan bram = overview.pupil("Bram").orElseThrow();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                new GroupDocx().pupil(bram, overview, DAY, english)))) {
            assertThat(text(document)).contains("Education needs of Bram", "Date: November 24, 2026", "Open questions");
        }
    }

    private static String text(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
