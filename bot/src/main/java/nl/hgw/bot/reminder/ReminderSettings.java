package nl.hgw.bot.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code hgw.reminders.*} settings: when reminders may reach a team.
 *
 * @param timeZone the school's time zone ({@code HGW_TIME_ZONE}, default Europe/Amsterdam)
 * @param opens    from when on a school day reminders go out
 * @param closes   until when (no reminders at night, nor on Saturday and Sunday)
 * @param every    how often the due reminders are looked for
 * @param lease    how long an instance holds a reminder it is sending (then another may)
 */
@ConfigurationProperties("hgw.reminders")
public record ReminderSettings(@DefaultValue("Europe/Amsterdam") ZoneId timeZone,
        @DefaultValue("08:00") LocalTime opens, @DefaultValue("17:00") LocalTime closes,
        @DefaultValue("60s") Duration every, @DefaultValue("2m") Duration lease) {

    public ReminderSettings {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("hgw.reminders.opens must be before hgw.reminders.closes");
        }
    }

    /** Whether a reminder may go out now: a weekday, between {@link #opens} and {@link #closes} school time. */
    public boolean schoolHours(Instant now) {
        ZonedDateTime local = now.atZone(timeZone);
        DayOfWeek day = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !time.isBefore(opens) && time.isBefore(closes);
    }
}
