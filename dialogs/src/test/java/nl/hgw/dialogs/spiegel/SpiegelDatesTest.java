package nl.hgw.dialogs.spiegel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpiegelDatesTest {

    /** 24 November 2026, 23:30 UTC: already the 25th in Amsterdam. */
    private final SpiegelDates late = new SpiegelDates(new MutableClock(Instant.parse("2026-11-24T23:30:00Z")));

    private final SpiegelDates dates = new SpiegelDates(new MutableClock(Instant.parse("2026-11-24T09:00:00Z")));

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "24-11-2026 | 2026-11-24",
        "24/11/2026 | 2026-11-24",
        "2026-11-24 | 2026-11-24",
        "24-11 | 2026-11-24",
        "24 november | 2026-11-24",
        "24 November 2026 | 2026-11-24",
        "3 nov. | 2026-11-03",
        "van 24 november | 2026-11-24",
        "November 24, 2026 | 2026-11-24",
        "nov 24 | 2026-11-24",
        "1 mei 2026 | 2026-05-01",
        "1 maart | 2026-03-01",
        "vandaag | 2026-11-24",
        "Gisteren | 2026-11-23",
        "today | 2026-11-24"})
    void readsTheWaysTeachersWriteADate(String typed, LocalDate expected) {
        assertThat(dates.parse(typed)).as(typed).contains(expected);
    }

    @Test
    void aDayWithoutYearIsTheLastOneUpToToday() {
        assertThat(dates.parse("10 december")).contains(LocalDate.of(2025, 12, 10));
        assertThat(dates.parse("24 november")).contains(LocalDate.of(2026, 11, 24));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eergisteren", "31-02-2026", "32 november", "24 brumaire", "Joost"})
    void anythingElseIsNoDate(String typed) {
        assertThat(dates.parse(typed)).as(typed).isEmpty();
    }

    @Test
    void todayIsTakenInDutchTime() {
        assertThat(late.today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(dates.today()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void showsADateInTheLanguageOfTheChat() {
        assertThat(SpiegelDates.display(LocalDate.of(2026, 11, 24), Locale.forLanguageTag("nl")))
            .isEqualTo("24 november 2026");
        assertThat(SpiegelDates.display(LocalDate.of(2026, 11, 24), Locale.ENGLISH)).isEqualTo("24 November 2026");
        assertThat(SpiegelDates.typed(LocalDate.of(2026, 3, 5))).isEqualTo("05-03-2026");
    }
}
