package nl.hgw.dialogs.spiegel;

import static nl.hgw.dialogs.CalendarDays.MONTHS;
import static nl.hgw.dialogs.CalendarDays.number;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.hgw.dialogs.CalendarDays;

/**
 * The dates teachers type to name a spiegel: {@code 24-11-2026}, {@code 24/11}, {@code 24 november},
 * {@code 24 nov 2026}, {@code 2026-11-24}, {@code November 24, 2026}, {@code vandaag}, {@code gisteren}. A date without a year
 * is the last such day up to today (spiegels lie in the past). Dates are Dutch school days:
 * "today" is taken in Europe/Amsterdam.
 */
public final class SpiegelDates {

    /** Dutch schools: days in Dutch time. */
    public static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{4}))?");

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s+([a-z]+)\\.?(?:\\s+(\\d{4}))?");

    private static final Pattern MONTH_DAY = Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?");


    private final Clock clock;

    public SpiegelDates(Clock clock) {
        this.clock = clock;
    }

    /** Today at Dutch schools. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SCHOOL_TIME));
    }

    /** The date a teacher typed, or empty when it is not one. */
    public Optional<LocalDate> parse(String text) {
        String normal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
            .replaceAll("[.!?]+$", "").replaceFirst("^(van|op|of|from|on) ", "");
        if (normal.equals("vandaag") || normal.equals("today")) {
            return Optional.of(today());
        }
        if (normal.equals("gisteren") || normal.equals("yesterday")) {
            return Optional.of(today().minusDays(1));
        }
        Matcher iso = ISO.matcher(normal);
        if (iso.matches()) {
            return CalendarDays.of(number(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
        }
        Matcher numeric = NUMERIC.matcher(normal);
        if (numeric.matches()) {
            return dated(numeric.group(3), number(numeric.group(2)), number(numeric.group(1)));
        }
        Matcher dayMonth = DAY_MONTH.matcher(normal);
        if (dayMonth.matches() && MONTHS.containsKey(dayMonth.group(2))) {
            return dated(dayMonth.group(3), MONTHS.get(dayMonth.group(2)), number(dayMonth.group(1)));
        }
        Matcher monthDay = MONTH_DAY.matcher(normal);
        if (monthDay.matches() && MONTHS.containsKey(monthDay.group(1))) {
            return dated(monthDay.group(3), MONTHS.get(monthDay.group(1)), number(monthDay.group(2)));
        }
        return Optional.empty();
    }

    /** "24 november 2026" / "24 November 2026". */
    public static String display(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** "24-11-2026": what to type to name it. */
    public static String typed(LocalDate date) {
        return DateTimeFormatter.ofPattern("dd-MM-yyyy").format(date);
    }

    private Optional<LocalDate> dated(String year, int month, int day) {
        return CalendarDays.lastOnOrBefore(year, month, day, today());
    }
}
