package nl.hgw.bot.reminder;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.hgw.bot.auth.HgwAdapter;
import nl.hgw.dialogs.HgwBot;
import nl.hgw.dialogs.reminder.Reminder;

/**
 * A reminder as a turn the bot starts itself in the conversation of the commitment
 * ("proactive message"), through the adapter, so it passes the same middleware (the
 * conversation's turn lock) and the same Connector as every reply.
 */
public final class ProactiveSender implements ReminderScheduler.Sender {

    private static final long TIMEOUT_SECONDS = 60;

    private final HgwAdapter adapter;

    private final HgwBot bot;

    private final String appId;

    public ProactiveSender(HgwAdapter adapter, HgwBot bot, String appId) {
        this.adapter = adapter;
        this.bot = bot;
        this.appId = appId;
    }

    /** The adapter's turn error handler swallows failures, so arrival is checked here. */
    @Override
    public void send(Reminder reminder) throws Exception {
        AtomicBoolean delivered = new AtomicBoolean();
        adapter.continueConversation(appId, reminder.reference(),
            turn -> bot.remind(turn, reminder).thenRun(() -> delivered.set(true))).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!delivered.get()) {
            throw new IllegalStateException("the reminder did not reach the conversation");
        }
    }
}
