package nl.hgw.dialogs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Days as people write them: month names in Dutch and English, and a day written without a
 * year placed in the year that is meant, looking back (the date of a spiegel) or ahead (the day
 * to look back on a commitment).
 */
public final class CalendarDays {

    /** Month names and their short forms, Dutch and English, lower case. */
    public static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
        Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2),
        Map.entry("maart", 3), Map.entry("march", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
        Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5),
        Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
        Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
        Map.entry("augustus", 8), Map.entry("august", 8), Map.entry("aug", 8),
        Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
        Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
        Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private CalendarDays() {
    }

    /** The day, or none when it does not exist (31 February). */
    public static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    /** In the year written, else this year's, or last year's when this year's is still to come. */
    public static Optional<LocalDate> lastOnOrBefore(String year, int month, int day, LocalDate today) {
        return placed(year, month, day, today, -1);
    }

    /** In the year written, else this year's, or next year's when this year's has passed. */
    public static Optional<LocalDate> nextAfter(String year, int month, int day, LocalDate today) {
        return placed(year, month, day, today, 1);
    }

    public static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static Optional<LocalDate> placed(String year, int month, int day, LocalDate today, int direction) {
        if (year != null) {
            return of(number(year), month, day);
        }
        Optional<LocalDate> thisYear = of(today.getYear(), month, day);
        boolean wrongSide = thisYear.isPresent() && (direction < 0 ? thisYear.get().isAfter(today)
            : !thisYear.get().isAfter(today));
        return wrongSide ? of(today.getYear() + direction, month, day) : thisYear;
    }
}
