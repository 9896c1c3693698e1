package nl.hgw.dialogs.spiegel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import nl.hgw.dialogs.CardTemplate;
import nl.hgw.dialogs.Messages;

/** The recurring parts of a spiegel conversation, as TestFlow steps and reply checks. */
final class Steps {

    static final Messages NL = Messages.of(Messages.DUTCH);

    static final Messages EN = Messages.of(Messages.ENGLISH);

    static final Principles PRINCIPLES_NL = Principles.load(Messages.DUTCH);

    /** What "Morgen ga ik …" is answered with, step by step. */
    static final List<String> COMMITMENT = List.of("bij elke rekenles het doel op het bord zetten",
        "de leerlingen weten niet waar ze aan werken", "over drie weken kan de groep het lesdoel zelf zeggen",
        "met mijn duocollega", "een doelkaartje per les en op vrijdag terugkijken", "maandag, evaluatie over drie weken",
        "we vragen vijf leerlingen naar het doel");

    private Steps() {
    }

    static Consumer<Activity> text(String expected) {
        return reply -> assertThat(reply.getText()).isEqualTo(expected);
    }

    static Consumer<Activity> startsWith(String expected) {
        return reply -> assertThat(reply.getText()).startsWith(expected);
    }

    static JsonNode card(Activity reply) {
        assertThat(reply.getAttachments()).as("a card").hasSize(1);
        assertThat(reply.getAttachments().get(0).getContentType()).isEqualTo(CardTemplate.CONTENT_TYPE);
        return Serialization.objectToTree(reply.getAttachments().get(0).getContent());
    }

    /** A card whose texts pass {@code check}; kept in {@code into} for a later press. */
    static Consumer<Activity> card(AtomicReference<JsonNode> into, Consumer<List<String>> check) {
        return reply -> {
            JsonNode card = card(reply);
            into.set(card);
            check.accept(SpiegelChat.texts(card));
        };
    }

    /** The choice card. */
    static Consumer<Activity> choiceCard(Messages messages, AtomicReference<JsonNode> into) {
        return card(into, texts -> assertThat(texts).startsWith(messages.text("spiegel.choice.title")));
    }

    /** The card of one question about a principle: its name, the question, examples; the explanation first. */
    static Consumer<Activity> question(Principles principles, String id, Feed feed, AtomicReference<JsonNode> into) {
        Principle principle = principles.byId(id).orElseThrow();
        return card(into, texts -> {
            assertThat(texts).as("card of %s %s", id, feed).contains(principles.number(id) + ". " + principle.name(),
                principle.question(feed).text());
            principle.question(feed).examples().forEach(example -> assertThat(texts).contains("• " + example));
            if (feed == Feed.FEED_UP) {
                assertThat(texts).as("the explanation comes with the first question").contains(principle.explanation());
            } else {
                assertThat(texts).doesNotContain(principle.explanation());
            }
        });
    }

    static Consumer<Activity> noted(Messages messages, String author) {
        return text(messages.text("spiegel.noted", Map.of("author", author)));
    }

    /**
     * One principle, each question answered once by {@code teacher} then "verder"; starts after
     * the feed-up card was asserted, ends after "verder" on the last question (its reply unread).
     */
    static TestFlow principle(TestFlow flow, SpiegelChat chat, String id, String teacher, Messages messages,
            Principles principles) {
        TestFlow next = flow;
        for (Feed feed : Feed.values()) {
            next = next.send(chat.from(teacher, "antwoord op " + id + " " + feed.id()))
                .assertReply(noted(messages, teacher))
                .send(chat.from(teacher, messages.english() ? "next" : "verder"));
            if (feed != Feed.FEED_FORWARD) {
                next = next.assertReply(question(principles, id, Feed.values()[feed.ordinal() + 1],
                    new AtomicReference<>()));
            }
        }
        return next;
    }

    /** The seven commitment steps, answered; starts with the reply that asks "what" unread. */
    static TestFlow commitment(TestFlow flow, SpiegelChat chat, String teacher, Messages messages) {
        return commitment(flow, chat, teacher, messages, () -> { });
    }

    /** The same, running {@code beforeLast} just before the last step is answered. */
    static TestFlow commitment(TestFlow flow, SpiegelChat chat, String teacher, Messages messages,
            Runnable beforeLast) {
        TestFlow next = flow;
        CommitmentStep[] steps = CommitmentStep.values();
        for (int i = 0; i < steps.length; i++) {
            String question = messages.text("spiegel.commit." + steps[i].id(), Map.of("number", String.valueOf(i + 1),
                "count", String.valueOf(steps.length)));
            Consumer<Activity> asked = text(question);
            if (i == steps.length - 1) {
                asked = asked.andThen(reply -> beforeLast.run());
            }
            next = next.assertReply(asked).send(chat.from(teacher, COMMITMENT.get(i)));
        }
        return next;
    }

    /** The commitment card: every step's label with its answer. */
    static Consumer<Activity> commitmentCard(Messages messages, List<String> answers) {
        return reply -> {
            List<String> texts = SpiegelChat.texts(card(reply));
            assertThat(texts.get(0)).isEqualTo(messages.text("spiegel.commit.title"));
            CommitmentStep[] steps = CommitmentStep.values();
            for (int i = 0; i < steps.length; i++) {
                assertThat(texts).contains(messages.text("spiegel.commit.line", Map.of("label",
                    messages.text("spiegel.commit." + steps[i].id() + ".label"), "text", answers.get(i))));
            }
        };
    }

    /** A whole spiegel of one principle by Anna, from "spiegel" to the summary card (no evaluation due). */
    static TestFlow finishOne(TestFlow flow, SpiegelChat chat, String id) {
        TestFlow next = flow.send(chat.say("spiegel"))
            .assertReply(text(NL.text("spiegel.start.intro")))
            .assertReply(choiceCard(NL, new AtomicReference<>()))
            .send(chat.say(String.valueOf(PRINCIPLES_NL.number(id))))
            .assertReply(question(PRINCIPLES_NL, id, Feed.FEED_UP, new AtomicReference<>()));
        next = principle(next, chat, id, "Anna", NL, PRINCIPLES_NL);
        return commitment(next, chat, "Anna", NL)
            .assertReply(startsWith("De spiegel is klaar"))
            .assertReply(commitmentCard(NL, COMMITMENT))
            .assertReply(reply -> assertThat(SpiegelChat.texts(card(reply)).get(0)).startsWith("HGW-spiegel van"));
    }
}
