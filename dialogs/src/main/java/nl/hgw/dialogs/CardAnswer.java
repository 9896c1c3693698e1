package nl.hgw.dialogs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.prompts.PromptRecognizerResult;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;

/**
 * What a prompt that shows a card takes as the answer: the card's submitted values, or a typed
 * message as {@code {"typed": text}} (every choice on a card can also be typed).
 */
public final class CardAnswer {

    /** The field a typed answer is put in. */
    public static final String TYPED = "typed";

    private CardAnswer() {
    }

    public static PromptRecognizerResult<JsonNode> recognize(TurnContext turn) {
        PromptRecognizerResult<JsonNode> result = new PromptRecognizerResult<>();
        Activity activity = turn.getActivity();
        if (activity.isType(ActivityTypes.MESSAGE)) {
            if (activity.getValue() != null && Serialization.objectToTree(activity.getValue()) instanceof ObjectNode value) {
                result.setSucceeded(true);
                result.setValue(value);
            } else if (activity.getText() != null && !activity.getText().isBlank()) {
                result.setSucceeded(true);
                result.setValue(JsonNodeFactory.instance.objectNode().put(TYPED, activity.getText().strip()));
            }
        }
        return result;
    }
}
