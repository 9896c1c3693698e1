package nl.hgw.dialogs.reminder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.util.Map;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.spiegel.SpiegelDates;

/** The reminder as a card with a field for the answer, and the same as text for channels without cards. */
final class ReminderCard {

    private final CardTemplate template = CardTemplate.load(ReminderCard.class, "reminder-card.json");

    Activity activity(Reminder reminder, Messages messages) {
        String title = messages.text("reminder.card.title", Map.of("date",
            SpiegelDates.display(reminder.spiegelDate(), messages.locale())));
        String what = messages.text("reminder.card.what", Map.of("what", reminder.what()));
        String check = reminder.check().isBlank() ? "" : messages.text("reminder.card.check",
            Map.of("check", reminder.check()));
        ObjectNode card = template.part("card", Map.of(
            "title", title, "what", what, "check", check,
            "question", messages.text("reminder.card.question"),
            "placeholder", messages.text("reminder.card.placeholder"),
            "input", ReminderAnswers.INPUT,
            "hint", messages.text("reminder.card.hint"),
            "save", messages.text("reminder.card.save"),
            "reminder", reminder.id()));
        Activity activity = CardTemplate.activity(card);
        activity.setText(String.join("\n\n", title, what + (check.isEmpty() ? "" : "\n" + check),
            messages.text("reminder.card.question") + " " + messages.text("reminder.card.hint")));
        return activity;
    }
}
