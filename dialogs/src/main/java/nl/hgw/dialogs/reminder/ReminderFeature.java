package nl.hgw.dialogs.reminder;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.Dialog;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.schema.Activity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.spiegel.CommitmentAnswer;
import nl.hgw.dialogs.spiegel.CommitmentFollowUp;
import nl.hgw.dialogs.spiegel.CommitmentStep;
import nl.hgw.dialogs.spiegel.Spiegel;
import nl.hgw.dialogs.spiegel.SpiegelDates;
import nl.hgw.dialogs.spiegel.SpiegelRepository;

/**
 * The "Morgen ga ik …" that comes back: scheduled when a team makes its commitment, for the
 * day it said it would look back (three weeks on when it named none); listed with
 * "herinneringen", cancelled with "annuleer herinnering"; and, when the day comes, asked in
 * the conversation of the commitment, whose answer is stored with the spiegel.
 */
public final class ReminderFeature implements CommitmentFollowUp {

    /** When a team names no day to look back. */
    static final int DEFAULT_WEEKS = 3;

    private final ReminderRepository reminders;

    private final ReminderAnswers answers;

    private final SpiegelDates dates;

    private final Clock clock;

    private final ReminderCard card = new ReminderCard();

    private final ReminderDialog dialog;

    public ReminderFeature(ReminderRepository reminders, SpiegelRepository spiegels, Clock clock) {
        this.reminders = reminders;
        this.answers = new ReminderAnswers(reminders, spiegels, clock);
        this.dates = new SpiegelDates(clock);
        this.clock = clock;
        this.dialog = new ReminderDialog(answers);
    }

    public List<Dialog> dialogs() {
        return List.of(dialog);
    }

    @Override
    public Optional<String> after(TurnContext turn, Spiegel spiegel, Messages messages) {
        LocalDate today = dates.today();
        String when = spiegel.commitment(CommitmentStep.WHEN).map(CommitmentAnswer::text).orElse("") + " "
            + spiegel.commitment(CommitmentStep.EVALUATION).map(CommitmentAnswer::text).orElse("");
        Optional<LocalDate> named = EvaluationDate.in(when, today);
        LocalDate due = named.orElse(EvaluationDate.schoolDay(today.plusWeeks(DEFAULT_WEEKS)));
        Activity activity = turn.getActivity();
        try {
            reminders.schedule(new Reminder(UUID.randomUUID().toString(), TeamScope.of(activity), spiegel.id(),
                spiegel.date(), due, messages.locale().toLanguageTag(), spiegel.commitment(CommitmentStep.WHAT)
                    .map(CommitmentAnswer::text).orElse(""), spiegel.commitment(CommitmentStep.EVALUATION)
                    .map(CommitmentAnswer::text).orElse(""), activity.getConversationReference(), clock.instant()));
        } catch (SpiegelRepository.UnavailableException e) {
            return Optional.of(messages.text("reminder.schedule.failed"));
        }
        return Optional.of(messages.text(named.isPresent() ? "reminder.scheduled" : "reminder.scheduled.default",
            Map.of("date", SpiegelDates.display(due, messages.locale()), "typed", SpiegelDates.typed(due))));
    }

    /** "herinneringen": what is scheduled for this team. */
    public CompletableFuture<Void> list(TurnContext turn) {
        Messages messages = messages(turn);
        List<Reminder> scheduled;
        try {
            scheduled = reminders.scheduled(TeamScope.of(turn.getActivity()));
        } catch (SpiegelRepository.UnavailableException e) {
            return send(turn, messages.text("reminder.storage.failed"));
        }
        if (scheduled.isEmpty()) {
            return send(turn, messages.text("reminder.list.empty"));
        }
        String lines = scheduled.stream().map(reminder -> messages.text("reminder.list.line", Map.of(
            "due", SpiegelDates.display(reminder.due(), messages.locale()), "typed", SpiegelDates.typed(reminder.due()),
            "what", reminder.what(), "spiegel", SpiegelDates.display(reminder.spiegelDate(), messages.locale()))))
            .collect(Collectors.joining("\n"));
        return send(turn, messages.text("reminder.list.title") + "\n" + lines + "\n\n"
            + messages.text("reminder.list.hint"));
    }

    /** "annuleer herinnering [datum]": the only one, or the one(s) of that day. */
    public CompletableFuture<Void> cancel(TurnContext turn, String dateText) {
        Messages messages = messages(turn);
        TeamScope team = TeamScope.of(turn.getActivity());
        try {
            List<Reminder> scheduled = reminders.scheduled(team);
            if (scheduled.isEmpty()) {
                return send(turn, messages.text("reminder.list.empty"));
            }
            List<Reminder> chosen = scheduled;
            if (!dateText.isBlank()) {
                Optional<LocalDate> date = EvaluationDate.in(dateText, dates.today().minusDays(1));
                if (date.isEmpty()) {
                    return send(turn, messages.text("reminder.cancel.which", Map.of("dates", typed(scheduled))));
                }
                chosen = scheduled.stream().filter(reminder -> reminder.due().equals(date.get())).toList();
            }
            if (chosen.isEmpty() || (dateText.isBlank() && chosen.size() > 1)) {
                return send(turn, messages.text("reminder.cancel.which", Map.of("dates", typed(scheduled))));
            }
            List<Reminder> cancelled = chosen.stream().filter(reminder -> reminders.cancel(team, reminder.id()))
                .toList();
            if (cancelled.isEmpty()) {
                return send(turn, messages.text("reminder.list.empty"));
            }
            return send(turn, messages.text("reminder.cancel.done", Map.of("due",
                SpiegelDates.display(cancelled.get(0).due(), messages.locale()))));
        } catch (SpiegelRepository.UnavailableException e) {
            return send(turn, messages.text("reminder.storage.failed"));
        }
    }

    /**
     * The day has come (a turn the bot started): the card with the commitment and the
     * question; when nothing else is going on in the conversation, the next message is the answer.
     */
    public CompletableFuture<Void> remind(DialogContext context, Reminder reminder) {
        belongsTo(context.getContext().getActivity(), reminder.team());
        Messages messages = Messages.forLocale(reminder.locale());
        Activity question = card.activity(reminder, messages);
        if (context.getActiveDialog() != null) {
            return context.getContext().sendActivity(question).thenApply(sent -> null);
        }
        return context.beginDialog(ReminderDialog.ID, new ReminderDialog.Options(reminder.id(), question,
            dates.today())).thenApply(result -> null);
    }

    /** A card's button: to the dialog when it waits for this very reminder, else stored at once. */
    public CompletableFuture<Void> answer(DialogContext context, String reminderId) {
        if (ReminderDialog.waitingFor(context).filter(reminderId::equals).isPresent()) {
            return context.continueDialog().thenApply(result -> null);
        }
        return answers.fromCard(context, reminderId);
    }

    /**
     * Whether a waiting reminder question lets this message go (and ends): the message is a
     * command other than the card's answer or a note about a pupil ({@code commandOrNote}, asked only
     * while a question waits: it may reformulate the message), or the question was asked on an
     * earlier day. A pupil note must never become a spiegel's evaluation.
     */
    public boolean letsGo(DialogContext context, BooleanSupplier commandOrNote) {
        return ReminderDialog.isActive(context)
            && (commandOrNote.getAsBoolean() || ReminderDialog.askedBefore(context, dates.today()));
    }

    /**
     * A turn the bot starts carries no channel data, so it would be taken for a chat of its own:
     * it belongs to the team of the commitment (what it stores is that team's).
     */
    static void belongsTo(Activity activity, TeamScope team) {
        if (!TeamScope.of(activity).equals(team)) {
            activity.setChannelData(Map.of("tenant", Map.of("id", team.tenantId()), "team", Map.of("id", team.teamId())));
        }
    }

    private static String typed(List<Reminder> reminders) {
        return reminders.stream().map(reminder -> SpiegelDates.typed(reminder.due())).distinct()
            .collect(Collectors.joining(", "));
    }

    private static CompletableFuture<Void> send(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
