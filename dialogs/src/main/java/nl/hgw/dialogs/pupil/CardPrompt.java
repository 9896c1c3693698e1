package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.prompts.Prompt;
import com.microsoft.bot.dialogs.prompts.PromptOptions;
import com.microsoft.bot.dialogs.prompts.PromptRecognizerResult;
import com.microsoft.bot.schema.Activity;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.CardAnswer;

/**
 * Shows an Adaptive Card and waits for its submit, or for typed text (every choice on our
 * cards can also be typed). The answer is the submit's data as a JSON object, or
 * {@code {"typed": "<text>"}}. A submit from another card (an older one further up the
 * chat) is not taken: the teacher is told to use the latest card.
 *
 * <p>The dialog state keeps only the card's kind; the card itself is built from the
 * conversation ({@link CardSource}) each time it is shown, on a re-prompt too: a stored card
 * made the conversation state, which every turn reads and writes, about twice as large.
 */
final class CardPrompt extends Prompt<JsonNode> {

    /** The data field naming the card a submit comes from. */
    static final String CARD = "hgwCard";

    /** The data field naming the button pressed. */
    static final String ACTION = "hgwAction";

    static final String TYPED = CardAnswer.TYPED;

    /** Builds the card of a kind as the conversation holds it now. */
    @FunctionalInterface
    interface CardSource {
        CompletableFuture<Activity> card(TurnContext turn, String kind);
    }

    private final CardSource cards;

    /**
     * @param staleCardMessageKey the message sent when a submit comes from another card
     * @param cards builds the card to show from its kind
     */
    CardPrompt(String id, String staleCardMessageKey, CardSource cards) {
        super(id, context -> {
            JsonNode answer = context.getRecognized().getValue();
            if (!context.getRecognized().getSucceeded() || answer == null) {
                return CompletableFuture.completedFuture(false);
            }
            Object expected = context.getOptions().getValidations();
            if (answer.has(TYPED) || answer.path(CARD).asText("").equals(expected)) {
                return CompletableFuture.completedFuture(true);
            }
            String text = nl.hgw.dialogs.Messages.forLocale(context.getContext().getActivity().getLocale())
                .text(staleCardMessageKey);
            return context.getContext().sendActivity(text).thenApply(sent -> false);
        });
        this.cards = cards;
    }

    /** The options that show the card of {@code kind} and accept only its own submits. */
    static PromptOptions options(String kind) {
        PromptOptions options = new PromptOptions();
        options.setValidations(kind);
        return options;
    }

    @Override
    protected CompletableFuture<Void> onPrompt(TurnContext turn, Map<String, Object> state, PromptOptions options,
            Boolean isRetry) {
        return cards.card(turn, String.valueOf(options.getValidations()))
            .thenCompose(turn::sendActivity)
            .thenApply(sent -> null);
    }

    @Override
    protected CompletableFuture<PromptRecognizerResult<JsonNode>> onRecognize(TurnContext turn,
            Map<String, Object> state, PromptOptions options) {
        return CompletableFuture.completedFuture(CardAnswer.recognize(turn));
    }
}
