package nl.hgw.dialogs.spiegel;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.prompts.Prompt;
import com.microsoft.bot.dialogs.prompts.PromptOptions;
import com.microsoft.bot.dialogs.prompts.PromptRecognizerResult;
import com.microsoft.bot.schema.Activity;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.CardAnswer;
import nl.hgw.dialogs.Messages;

/**
 * Waits for the answer to the open question of the spiegel: typed text, as
 * {@code {"typed": "<text>"}}, or the submit of a spiegel card. A submit that carries another
 * position (a button further up the chat) is not taken: two teachers pressing "Volgende
 * vraag" on the same card move the spiegel on once.
 */
final class SpiegelPrompt extends Prompt<JsonNode> {

    static final String TYPED = CardAnswer.TYPED;

    static final String ACTION = "hgwAction";

    static final String POSITION = "position";

    SpiegelPrompt(String id) {
        super(id, context -> {
            JsonNode answer = context.getRecognized().getValue();
            if (!context.getRecognized().getSucceeded() || answer == null) {
                return CompletableFuture.completedFuture(false);
            }
            String expected = String.valueOf(context.getOptions().getValidations());
            if (answer.has(TYPED) || answer.path(POSITION).asText("").equals(expected)) {
                return CompletableFuture.completedFuture(true);
            }
            String stale = Messages.forLocale(context.getContext().getActivity().getLocale()).text("spiegel.card.stale");
            return context.getContext().sendActivity(stale).thenApply(sent -> false);
        });
    }

    /** Options that show {@code prompt} and take only submits of the question at {@code position}. */
    static PromptOptions options(Activity prompt, int position) {
        PromptOptions options = new PromptOptions();
        options.setPrompt(prompt);
        options.setValidations(String.valueOf(position));
        return options;
    }

    @Override
    protected CompletableFuture<Void> onPrompt(TurnContext turn, Map<String, Object> state, PromptOptions options,
            Boolean isRetry) {
        if (isRetry) {
            // a stale card was answered; the teacher was told, the open question stands
            return CompletableFuture.completedFuture(null);
        }
        return turn.sendActivity(options.getPrompt()).thenApply(sent -> null);
    }

    @Override
    protected CompletableFuture<PromptRecognizerResult<JsonNode>> onRecognize(TurnContext turn,
            Map<String, Object> state, PromptOptions options) {
        return CompletableFuture.completedFuture(CardAnswer.recognize(turn));
    }
}
