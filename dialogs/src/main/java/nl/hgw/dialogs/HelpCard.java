package nl.hgw.dialogs;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The overview of the three tasks as an Adaptive Card, from {@code help-card.json}: the tasks
 * in the order that suits the role, buttons to start a note about a pupil, list the pupils,
 * start the HGW-spiegel and change the role.
 */
final class HelpCard {

    static final String CONTENT_TYPE = CardTemplate.CONTENT_TYPE;

    private final CardTemplate template = CardTemplate.load(HelpCard.class, "help-card.json");

    /** A message carrying the card, with the tasks in the order that suits the role. */
    Activity activity(Messages messages, Role role) {
        return CardTemplate.activity(card(messages, role));
    }

    /** The filled-in card JSON. */
    JsonNode card(Messages messages, Role role) {
        Map<String, String> values = new HashMap<>();
        values.put("title", messages.text("help.title"));
        values.put("intro", messages.text("help.intro"));
        values.put("changeRole", messages.text("help.changeRole"));
        values.put("roleCommand", Command.ROLE.cardValue());
        values.put("newPupil", messages.text("help.newPupil"));
        values.put("newPupilCommand", Command.NEW_PUPIL.cardValue());
        values.put("pupils", messages.text("help.pupils"));
        values.put("pupilsCommand", Command.LIST.cardValue());
        values.put("mirror", messages.text("help.mirror"));
        values.put("mirrorCommand", Command.MIRROR.cardValue());
        values.put("commands", messages.text("help.commands"));
        List<Task> order = Role.taskOrder(role);
        for (int i = 0; i < order.size(); i++) {
            String prefix = "task" + (i + 1);
            values.put(prefix + ".title", (i + 1) + ". " + order.get(i).title(messages));
            values.put(prefix + ".text", order.get(i).text(messages));
        }
        return template.fill(values);
    }
}
