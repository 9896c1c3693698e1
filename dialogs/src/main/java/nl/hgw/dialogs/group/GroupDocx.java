package nl.hgw.dialogs.group;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PlannedNeed;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.Reach;
import nl.hgw.dialogs.pupil.SupportKind;
import nl.hgw.documents.WordWriter;
import nl.hgw.nlp.Category;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The Word exports of the group overview, ready to paste into an OPP or a groepsplan:
 * "exporteer groep" (the picture and per circle its pupils and what they need) and
 * "exporteer &lt;naam&gt;" (one pupil's goal, needs per category, subgroup, what the teacher
 * needs, strengths and open questions). Both dated.
 */
final class GroupDocx {

    /** The picture's width on the page, in points (a portrait A4 page's text width). */
    private static final double PAGE_WIDTH = 450;

    byte[] group(GroupOverview overview, byte[] png, int width, int height, LocalDate date, Messages messages) {
        return write(document -> {
            WordWriter doc = new WordWriter(document);
            doc.title(messages.text("group.docx.title"));
            doc.field(messages.text("group.docx.date"), display(date, messages));
            doc.line(new GroupText().title(overview, messages));
            doc.heading(messages.text("group.docx.picture"));
            double scale = Math.min(1, PAGE_WIDTH / width);
            try {
                document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png),
                    Document.PICTURE_TYPE_PNG, "groepsoverzicht.png", Units.toEMU(width * scale),
                    Units.toEMU(height * scale));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
                throw new IllegalStateException("The picture could not be put into the document", e);
            }
            for (Circle circle : Circle.values()) {
                List<PupilPlan> members = overview.members(circle);
                doc.heading(circle.number() + ". " + overview.title(circle) + " (" + members.size() + ")");
                doc.field(messages.text("group.docx.circle.pupils"), members.isEmpty() ? "-"
                    : members.stream().map(PupilPlan::name).collect(Collectors.joining(", ")));
                List<NeedKind> kinds = overview.kindsIn(circle);
                if (!kinds.isEmpty()) {
                    doc.subheading(messages.text("group.docx.circle.needs"));
                }
                for (NeedKind kind : kinds) {
                    doc.bullet(messages.text("category." + kind.category().id()) + ": " + kind.phrase() + " ("
                        + String.join(", ", kind.pupils()) + ")");
                }
            }
        });
    }

    byte[] pupil(PupilPlan plan, GroupOverview overview, LocalDate date, Messages messages) {
        Map<String, String> pupil = Map.of("pupil", plan.name());
        return write(document -> {
            WordWriter doc = new WordWriter(document);
            doc.title(messages.text("pupil.docx.title", pupil));
            doc.field(messages.text("group.docx.date"), display(date, messages));
            doc.field(messages.text("pupil.docx.goal"), plan.goal().isBlank() ? "-" : plan.goal());
            doc.heading(messages.text("pupil.docx.needs"));
            for (Category category : Category.values()) {
                List<PlannedNeed> needs = plan.needs().stream().filter(need -> need.category() == category).toList();
                if (needs.isEmpty()) {
                    continue;
                }
                doc.subheading(messages.text("category." + category.id()));
                needs.forEach(need -> doc.bullet(need.text() + " (" + messages.text("reach." + need.reach().id(), pupil)
                    + ")"));
            }
            doc.heading(messages.text("pupil.docx.subgroup"));
            Circle circle = overview.circleOf(plan);
            doc.line(circle == null ? "-" : messages.text("pupil.docx.subgroup.text",
                Map.of("circle", circle.number() + ". " + overview.title(circle))));
            doc.heading(messages.text("pupil.docx.support"));
            if (plan.support().isEmpty()) {
                doc.line(messages.text("pupil.docx.support.none"));
            }
            for (SupportKind kind : plan.support().kinds()) {
                doc.bullet(messages.text("support." + kind.id()));
            }
            if (!plan.support().text().isEmpty()) {
                doc.bullet(plan.support().text());
            }
            doc.heading(messages.text("pupil.docx.strengths"));
            if (plan.strengths().isEmpty()) {
                doc.line(messages.text("pupil.docx.strengths.none"));
            }
            plan.strengths().forEach(doc::bullet);
            doc.heading(messages.text("pupil.docx.questions"));
            List<String> questions = questions(plan, messages);
            if (questions.isEmpty()) {
                doc.line(messages.text("pupil.docx.questions.none"));
            }
            questions.forEach(doc::bullet);
        });
    }

    /** What is still open about this pupil: the gaps of the plan, as questions for the next conversation. */
    static List<String> questions(PupilPlan plan, Messages messages) {
        Map<String, String> pupil = Map.of("pupil", plan.name());
        List<String> questions = new ArrayList<>();
        if (plan.goal().isBlank()) {
            questions.add(messages.text("pupil.docx.q.goal", pupil));
        }
        if (plan.strengths().isEmpty()) {
            questions.add(messages.text("pupil.docx.q.strengths", pupil));
        }
        if (plan.support().isEmpty()) {
            questions.add(messages.text("pupil.docx.q.support", pupil));
        }
        if (plan.needs().stream().noneMatch(need -> need.category() == Category.PARENTS)) {
            questions.add(messages.text("pupil.docx.q.parents", pupil));
        }
        if (!plan.needs().isEmpty() && plan.needs().stream().allMatch(need -> need.reach() == Reach.INDIVIDUAL)) {
            questions.add(messages.text("pupil.docx.q.reach", pupil));
        }
        return questions;
    }

    static String display(LocalDate date, Messages messages) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
    }

    private interface Content {
        void write(XWPFDocument document);
    }

    private static byte[] write(Content content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.write(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
