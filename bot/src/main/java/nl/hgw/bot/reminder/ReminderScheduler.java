package nl.hgw.bot.reminder;

import com.mongodb.MongoException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.hgw.dialogs.reminder.Reminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the reminders that are due, in school hours only. Every instance looks; a lease in the
 * database makes one of them send each reminder. A reminder missed while every instance was
 * down is sent by the first one back (it is still due). A failed send is tried again later,
 * at most {@value MongoReminderRepository#MAX_ATTEMPTS} times.
 */
public class ReminderScheduler {

    /** How many reminders one round sends at most (the next round takes the rest). */
    static final int PER_ROUND = 50;

    static final Duration RETRY_AFTER = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final MongoReminderRepository reminders;

    private final Sender sender;

    private final ReminderSettings settings;

    private final Clock clock;

    private final String instance = UUID.randomUUID().toString();

    /** Delivers one reminder into its conversation; throws when it did not arrive. */
    @FunctionalInterface
    public interface Sender {
        void send(Reminder reminder) throws Exception;
    }

    public ReminderScheduler(MongoReminderRepository reminders, Sender sender, ReminderSettings settings, Clock clock) {
        this.reminders = reminders;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${hgw.reminders.first-round:PT10S}", fixedDelayString = "${hgw.reminders.every:PT60S}")
    public void scheduled() {
        sendDue();
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    public void purge() {
        try {
            reminders.purge();
        } catch (MongoException e) {
            LOG.warn("Reminder purge skipped, database unavailable ({})", e.getClass().getSimpleName());
        }
    }

    /** One round: returns how many reminders were sent. */
    public int sendDue() {
        Instant now = clock.instant();
        if (!settings.schoolHours(now)) {
            return 0;
        }
        int sent = 0;
        try {
            for (int i = 0; i < PER_ROUND; i++) {
                Optional<Reminder> due = reminders.claimDue(now, instance, settings.lease());
                if (due.isEmpty()) {
                    break;
                }
                if (send(due.get())) {
                    sent++;
                }
            }
        } catch (MongoException e) {
            LOG.warn("Reminders not looked at now, database unavailable ({})", e.getClass().getSimpleName());
        }
        if (sent > 0) {
            LOG.info("Sent {} reminder(s)", sent);
        }
        return sent;
    }

    private boolean send(Reminder reminder) {
        try {
            sender.send(reminder);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("Reminder {} not delivered ({}); tried again later", reminder.id(), e.getClass().getSimpleName());
            reminders.failed(reminder.id(), instance, clock.instant().plus(RETRY_AFTER));
            return false;
        }
        reminders.markSent(reminder.id(), instance);
        return true;
    }
}
