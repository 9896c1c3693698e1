package nl.hgw.nlp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.reformulate.Reformulation;
import nl.hgw.nlp.reformulate.Reformulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportReformulatorTest {

    private static ReportReformulator reports;

    @BeforeAll
    static void load() {
        reports = new ReportReformulator(Reformulator.load());
    }

    private static final List<String> REPORT = List.of(
        "Naam: Joost (groep 6)",
        "Doel: Joost werkt over zes weken tien minuten zelfstandig aan een rekentaak.",
        "Joost heeft ADHD en kan zich slecht concentreren tijdens de instructie.",
        "Hij is goed in tekenen en helpt graag anderen.",
        "Moeder geeft aan dat hij thuis snel boos wordt.",
        "Doel: Joost wacht in de kring op zijn beurt.",
        "Hij roept door de kring heen.");

    @Test
    void readsTheGoalsAndThePupilTheReportStates() {
        ReportReformulation r = reports.reformulate(REPORT, "", "", Language.DUTCH);
        assertThat(r.pupil()).isEqualTo("Joost");
        assertThat(r.goals()).containsExactly("Joost werkt over zes weken tien minuten zelfstandig aan een rekentaak",
            "Joost wacht in de kring op zijn beurt");
        assertThat(r.goalStated()).isTrue();
        assertThat(r.paragraphs()).extracting(ReportReformulation.Paragraph::kind)
            .containsExactly("pupil", "goal", "text", "text", "text", "goal", "text");
        assertThat(r.paragraphs().get(0).reformulation()).isNull();
    }

    @Test
    void eachParagraphServesTheGoalStatedBeforeIt() {
        ReportReformulation r = reports.reformulate(REPORT, "", "", Language.DUTCH);
        Reformulation concentration = r.paragraphs().get(2).reformulation();
        assertThat(concentration.needs()).isNotEmpty()
            .allSatisfy(need -> assertThat(need.text()).contains("rekentaak").doesNotContain("ADHD"));
        Reformulation circle = r.paragraphs().get(6).reformulation();
        assertThat(circle.needs()).isNotEmpty().allSatisfy(need -> assertThat(need.text()).contains("kring"));
    }

    @Test
    void gathersLabelsStrengthsParentsAndCounts() {
        ReportReformulation r = reports.reformulate(REPORT, "", "", Language.DUTCH);
        assertThat(r.labels()).extracting(Reformulation.LabelFinding::label).containsExactly("ADHD");
        assertThat(r.strengths()).anyMatch(s -> s.contains("tekenen"));
        assertThat(r.needs()).containsKey("parents");
        assertThat(r.summary().paragraphs()).isEqualTo(7);
        assertThat(r.summary().labels()).isEqualTo(1);
        assertThat(r.summary().needs()).isEqualTo(r.needs().values().stream().mapToInt(List::size).sum());
        assertThat(r.summary().needsPerCategory()).containsEntry("parents", r.needs().get("parents").size());
    }

    @Test
    void aGivenGoalAndPupilWinOverTheStatedOnes() {
        ReportReformulation r = reports.reformulate(REPORT, "samen met een maatje een taak afmaken", "Jos", Language.DUTCH);
        assertThat(r.goals()).containsExactly("samen met een maatje een taak afmaken");
        assertThat(r.goalStated()).isFalse();
        assertThat(r.pupil()).isEqualTo("Jos");
        assertThat(r.paragraphs().get(6).reformulation().needs())
            .allSatisfy(need -> assertThat(need.text()).contains("maatje"));
    }

    @Test
    void withoutAnyGoalTheGoalsAreEmptyAndTheQuestionsAskForIt() {
        ReportReformulation r = reports.reformulate(List.of("Sanne kan zich slecht concentreren."), "", "", Language.DUTCH);
        assertThat(r.goals()).isEmpty();
        assertThat(r.goalStated()).isFalse();
        assertThat(r.summary().needs()).isPositive();
    }

    @Test
    void english() {
        ReportReformulation r = reports.reformulate(List.of("Goal: Sam asks for help when he gets stuck.",
            "Sam has autism and does not listen to instructions."), "", "", Language.ENGLISH);
        assertThat(r.goals()).containsExactly("Sam asks for help when he gets stuck");
        assertThat(r.labels()).isNotEmpty();
        assertThat(r.summary().needs()).isPositive();
    }
}
