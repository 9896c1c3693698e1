package nl.hgw.dialogs.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationDateTest {

    /** A Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "maandag beginnen, evaluatie over drie weken | 2026-12-15",
        "over 2 weken terugkijken in de bouwvergadering | 2026-12-08",
        "volgende week | 2026-12-01",
        "we kijken terug op 12 december | 2026-12-14",
        "start 1-12, terugkijken 18-12-2026 | 2026-12-18",
        "evaluatie 2027-01-11 | 2027-01-11",
        "terugkijken op 3 januari | 2027-01-04",
        "vrijdag | 2026-11-27",
        "over een maand | 2026-12-24",
        "start Monday, look back in two weeks | 2026-12-08",
        "next month | 2026-12-24"})
    void theLastDayNamedIsTheSchoolDayToLookBack(String text, LocalDate expected) {
        assertThat(EvaluationDate.in(text, TODAY)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"zo snel mogelijk", "na de vakantie", "'op 31-02'", "gisteren nog", "20-11-2026",
        "evaluatie over 2-3 weken", "elke dag 5-10 minuten lezen", "in 2/3 lessen"})
    void noDayOrOnlyADayThatIsNoLaterIsNone(String text) {
        assertThat(EvaluationDate.in(text, TODAY)).isEmpty();
    }
}
