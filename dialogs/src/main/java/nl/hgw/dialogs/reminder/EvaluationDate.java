package nl.hgw.dialogs.reminder;

import static nl.hgw.dialogs.CalendarDays.MONTHS;
import static nl.hgw.dialogs.CalendarDays.number;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.hgw.dialogs.CalendarDays;

/**
 * The day a team wants to look back, read from its answer to "when?" of the commitment
 * ("maandag beginnen, evaluatie over drie weken", "terugkijken op 12 december", "in two
 * weeks"): the last date or period named wins, since teams name the start first and the
 * look back last. Dates without a year are the next such day; a day in a weekend moves to
 * the Monday after. Dutch and English.
 */
final class EvaluationDate {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("een", 1), Map.entry("één", 1),
        Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6),
        Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10),
        Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
        Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
        Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private static final Map<String, Integer> UNIT_DAYS = Map.of("dag", 1, "dagen", 1, "day", 1, "days", 1,
        "week", 7, "weken", 7, "weeks", 7);


    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
        Map.entry("maandag", DayOfWeek.MONDAY), Map.entry("dinsdag", DayOfWeek.TUESDAY),
        Map.entry("woensdag", DayOfWeek.WEDNESDAY), Map.entry("donderdag", DayOfWeek.THURSDAY),
        Map.entry("vrijdag", DayOfWeek.FRIDAY), Map.entry("monday", DayOfWeek.MONDAY),
        Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
        Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY));

    private static final String NUMBER = "(\\d{1,2}|" + String.join("|", NUMBERS.keySet()) + ")";

    /** "2-3 weken", "5-10 minuten": a range of a unit, no date. */
    private static final String NOT_A_RANGE = "(?!\\s*(?:dagen|dag|weken|week|weeks|days|day|maanden|maand|months|month"
        + "|minuten|minuut|minutes|min|uur|uren|hours|lessen|keer|times|leerlingen|pupils)\\b)";

    /** One pattern per kind of mention; the group names say which. */
    private static final Pattern MENTION = Pattern.compile(
        "(?<iso>\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b)"
        + "|(?<numeric>\\b(\\d{1,2})[-/](\\d{1,2})(?:[-/](\\d{4}))?\\b" + NOT_A_RANGE + ")"
        + "|(?<named>\\b(\\d{1,2})\\s+(" + String.join("|", MONTHS.keySet()) + ")\\b\\.?(?:\\s+(\\d{4}))?)"
        + "|(?<period>\\b(?:over|in|na|after)\\s+" + NUMBER + "\\s+(dagen|dag|weken|week|weeks|days|day"
        + "|maanden|maand|months|month)\\b)"
        + "|(?<nextWeek>\\b(?:volgende week|next week)\\b)"
        + "|(?<nextMonth>\\b(?:volgende maand|next month)\\b)"
        + "|(?<weekday>\\b(" + String.join("|", WEEKDAYS.keySet()) + ")\\b)");

    private EvaluationDate() {
    }

    /** The school day named last in {@code text}, after {@code today}; empty when none is named. */
    static Optional<LocalDate> in(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher mention = MENTION.matcher(text.toLowerCase(Locale.ROOT));
        Optional<LocalDate> last = Optional.empty();
        while (mention.find()) {
            Optional<LocalDate> date = date(mention, today);
            if (date.isPresent() && date.get().isAfter(today)) {
                last = date;
            }
        }
        return last.map(EvaluationDate::schoolDay);
    }

    /** Saturday and Sunday move to the Monday after. */
    static LocalDate schoolDay(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private static Optional<LocalDate> date(Matcher m, LocalDate today) {
        if (m.group("iso") != null) {
            return CalendarDays.of(number(m.group(2)), number(m.group(3)), number(m.group(4)));
        }
        if (m.group("numeric") != null) {
            return CalendarDays.nextAfter(m.group(8), number(m.group(7)), number(m.group(6)), today);
        }
        if (m.group("named") != null) {
            return CalendarDays.nextAfter(m.group(12), MONTHS.get(m.group(11)), number(m.group(10)), today);
        }
        if (m.group("period") != null) {
            int count = NUMBERS.containsKey(m.group(14)) ? NUMBERS.get(m.group(14)) : number(m.group(14));
            String unit = m.group(15);
            return Optional.of(unit.startsWith("maand") || unit.startsWith("month") ? today.plusMonths(count)
                : today.plusDays((long) count * UNIT_DAYS.get(unit)));
        }
        if (m.group("nextWeek") != null) {
            return Optional.of(today.plusWeeks(1));
        }
        if (m.group("nextMonth") != null) {
            return Optional.of(today.plusMonths(1));
        }
        DayOfWeek day = WEEKDAYS.get(m.group(19));
        int ahead = (day.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
        return Optional.of(today.plusDays(ahead == 0 ? 7 : ahead));
    }
}
