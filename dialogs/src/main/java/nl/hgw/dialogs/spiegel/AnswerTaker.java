package nl.hgw.dialogs.spiegel;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.spiegel.SpiegelDraft.Step;

/**
 * Takes one message into the draft, by the kind of the open question. The rule for several
 * teachers: while a feed question or the evaluation is open, every message is one answer
 * of its author; "verder", "volgende" or the card's button moves on; "overslaan" moves on
 * too. A commitment step takes one answer and moves on. What to say back is left in
 * {@link SpiegelDraft#acknowledgement}.
 */
final class AnswerTaker {

    private static final String ALL = "all";

    private final SpiegelDraft draft;

    private final Messages messages;

    private final Principles principles;

    private final Instant now;

    AnswerTaker(SpiegelDraft draft, Messages messages, Principles principles, Instant now) {
        this.draft = draft;
        this.messages = messages;
        this.principles = principles;
        this.now = now;
    }

    void take(JsonNode answer, Activity activity) {
        String typed = answer.has(SpiegelPrompt.TYPED) ? answer.path(SpiegelPrompt.TYPED).asText() : null;
        String action = answer.path(SpiegelPrompt.ACTION).asText("");
        boolean next = "next".equals(action) || Words.isOneOf(typed, messages, "spiegel.next.words");
        boolean skip = Words.isOneOf(typed, messages, "spiegel.skip.words");
        String authorId = TeamScope.authorOf(activity);
        String authorName = activity.getFrom() == null ? null : activity.getFrom().getName();
        Step current = draft.current(principles.all().stream().map(Principle::id).toList());
        switch (current.kind()) {
            case EVALUATION -> {
                if (next || skip) {
                    draft.position++;
                } else if (typed != null) {
                    draft.pendingReflections.add(new SpiegelDraft.Entry("evaluation", null, typed, authorId,
                        authorName, now));
                    draft.reflections++;
                    noted(authorName);
                }
            }
            case CHOICE -> choose("choose".equals(action) ? answer.path("choice").asText("") : typed);
            case FEED -> {
                if (next || skip) {
                    draft.position++;
                } else if (typed != null) {
                    draft.addAnswer(current.principle(), current.feed(), typed, authorId, authorName, now);
                    noted(authorName);
                }
            }
            case COMMIT -> {
                if (!next && !skip && typed != null) {
                    draft.commit(current.step(), typed, authorId, authorName, now);
                }
                draft.position++;
            }
            case FINISH -> {
                if (!Words.isOneOf(typed, messages, "spiegel.save.words")) {
                    draft.acknowledgement = messages.text("spiegel.save.retry");
                }
            }
        }
    }

    private void choose(String choice) {
        Optional<List<String>> chosen = chosen(choice == null ? "" : choice);
        if (chosen.isEmpty()) {
            draft.acknowledgement = messages.text("spiegel.choice.retry");
            return;
        }
        draft.principles = new java.util.ArrayList<>(chosen.get());
        draft.position++;
    }

    private Optional<List<String>> chosen(String choice) {
        List<String> all = principles.all().stream().map(Principle::id).toList();
        if (ALL.equals(choice) || Words.isOneOf(choice, messages, "spiegel.choice.all.words")) {
            return Optional.of(all);
        }
        return principles.byId(choice).or(() -> principles.typed(choice)).map(principle -> List.of(principle.id()));
    }

    private void noted(String authorName) {
        draft.acknowledgement = messages.text("spiegel.noted",
            Map.of("author", SpiegelCards.author(authorName, messages)));
    }
}
