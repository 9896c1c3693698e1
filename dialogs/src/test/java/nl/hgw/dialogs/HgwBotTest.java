package nl.hgw.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.hgw.dialogs.pupil.Engines;
import nl.hgw.dialogs.pupil.InMemoryPupilRepository;
import nl.hgw.dialogs.spiegel.InMemorySpiegelRepository;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(QuietTestKit.class)
class HgwBotTest {

    private static final Messages NL = Messages.of(Messages.DUTCH);

    private static final Messages EN = Messages.of(Messages.ENGLISH);

    private final MemoryStorage storage = new MemoryStorage();

    @Nested
    class InDutch {

        private final TestAdapter adapter = adapter("nl-NL");

        @Test
        void welcomesOnceAndAsksTheRole() {
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send(membersAdded(adapter))
                .send("help")
                .assertReply(card(NL, "1. Een notitie over een leerling herformuleren"), "help during the prompt shows the card")
                .assertReply(rolePrompt(NL), "and asks the role again")
                .startTest().join();
        }

        @Test
        void theRoleReordersTheHelpCard() {
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send("IB/KC")
                .assertReply(NL.text("role.care.saved"))
                .assertReply(card(NL, "1. Een verslag herformuleren"))
                .send("hulp")
                .assertReply(card(NL, "1. Een verslag herformuleren"))
                .startTest().join();
        }

        @Test
        void acceptsTheNumberOfAChoiceAndSynonyms() {
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send("3")
                .assertReply(NL.text("role.other.saved"))
                .assertReply(card(NL, "1. De HGW-spiegel met je team"))
                .send("rol")
                .assertReply(rolePrompt(NL))
                .send("juf")
                .assertReply(NL.text("role.teacher.saved"))
                .assertReply(card(NL, "1. Een notitie over een leerling herformuleren"))
                .startTest().join();
        }

        @Test
        void asksAgainWhenTheAnswerIsNoChoice() {
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send("geen idee")
                .assertReply(startsWith(NL.text("role.retry")))
                .startTest().join();
        }

        @Test
        void answersAnythingElseWithWhatItCanDo() {
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send("leerkracht")
                .assertReply(NL.text("role.teacher.saved"))
                .assertReply(card(NL, "1. Een notitie over een leerling herformuleren"))
                .send("Kun je mij helpen met een notitie?")
                .assertReply(activity -> {
                    assertThat(activity.getText()).startsWith("Dit kan ik voor je doen:");
                    assertThat(activity.getText()).contains("1. **Een notitie over een leerling herformuleren**",
                        "2. **Een verslag herformuleren**", "3. **De HGW-spiegel met je team**");
                })
                .startTest().join();
        }

        @Test
        void aMessageOverTheLimitIsNotReadButAnsweredInDutch() {
            String note = "Joost pikt de instructie niet op. ".repeat(HgwBot.MAX_MESSAGE / 30);
            assertThat(note.length()).isGreaterThan(HgwBot.MAX_MESSAGE);
            new TestFlow(adapter, bot()::onTurn)
                .send(note)
                .assertReply(NL.text("message.too_long", Map.of("limit", "20.000")))
                .send("hallo")
                .assertReply(welcome(NL))
                .startTest().join();
        }

        @Test
        void aCardSubmitOverTheLimitIsNotRead() {
            Activity submit = adapter.makeActivity();
            submit.setText(null);
            submit.setValue(Map.of("hgwCard", "needs", "need-1", "x".repeat(HgwBot.MAX_MESSAGE + 1)));
            new TestFlow(adapter, bot()::onTurn)
                .send(submit)
                .assertReply(NL.text("message.too_long", Map.of("limit", "20.000")))
                .startTest().join();
        }

        @Test
        void aLongReportAfterTheCommandIsRead() {
            String report = "Joost pikt de instructie niet op. ".repeat(HgwBot.MAX_MESSAGE / 30);
            new TestFlow(adapter, bot()::onTurn)
                .send("herformuleer verslag " + report)
                .assertReply(activity -> assertThat(activity.getText())
                    .isNotEqualTo(NL.text("message.too_long", Map.of("limit", "20.000"))))
                .startTest().join();
        }

        @Test
        void aMessageBeforeAnyWelcomeIsWelcomed() {
            new TestFlow(adapter, bot()::onTurn)
                .send("hallo")
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .startTest().join();
        }

        @Test
        void theCardButtonAsksTheRoleAgain() {
            Activity submit = adapter.makeActivity();
            submit.setValue(Map.of(Command.CARD_FIELD, "role"));
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send("anders")
                .assertReply(NL.text("role.other.saved"))
                .assertReply(card(NL, "1. De HGW-spiegel met je team"))
                .send(submit)
                .assertReply(rolePrompt(NL))
                .startTest().join();
        }

        @Test
        void teamsMentionOfTheBotIsIgnored() {
            Activity mentioned = adapter.makeActivity("<at>HGW-assistent</at> help");
            Mention mention = new Mention();
            mention.setMentioned(new ChannelAccount("bot", "HGW-assistent"));
            mention.setText("<at>HGW-assistent</at>");
            mentioned.setEntities(List.of(Entity.getAs(mention, Entity.class)));
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send("leerkracht")
                .assertReply(NL.text("role.teacher.saved"))
                .assertReply(card(NL, "1. Een notitie over een leerling herformuleren"))
                .send(mentioned)
                .assertReply(card(NL, "1. Een notitie over een leerling herformuleren"))
                .startTest().join();
        }

        @Test
        void theHelpCardNamesTheSpiegelAndItsButtonStartsIt() {
            Activity press = adapter.makeActivity();
            press.setText(null);
            press.setValue(Map.of(Command.CARD_FIELD, Command.MIRROR.cardValue()));
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send("anders")
                .assertReply(NL.text("role.other.saved"))
                .assertReply(activity -> {
                    JsonNode card = (JsonNode) activity.getAttachments().get(0).getContent();
                    assertThat(card.toString()).contains("**spiegel**", "**verder met de spiegel**", "**toon spiegel**");
                    assertThat(card.path("actions").findValuesAsText(Command.CARD_FIELD)).contains("mirror");
                })
                .send(press)
                .assertReply(NL.text("spiegel.start.intro"))
                .assertReply(activity -> assertThat(activity.getAttachments()).hasSize(1))
                .send("stop")
                .assertReply(NL.text("spiegel.stopped.empty"))
                .startTest().join();
        }

        @Test
        void teamsInstallWelcomes() {
            Activity install = adapter.makeActivity();
            install.setType(ActivityTypes.INSTALLATION_UPDATE);
            install.setAction("add");
            new TestFlow(adapter, bot()::onTurn)
                .send(install)
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .startTest().join();
        }

        @Test
        void aKnownRoleIsNotAskedInANewConversation() {
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(NL))
                .assertReply(rolePrompt(NL))
                .send("IB/KC")
                .assertReply(NL.text("role.care.saved"))
                .assertReply(card(NL, "1. Een verslag herformuleren"))
                .startTest().join();

            TestAdapter secondConversation = adapter("nl-NL");
            secondConversation.conversationReference().getConversation().setId("convo2");
            new TestFlow(secondConversation, bot()::onTurn)
                .send(membersAdded(secondConversation))
                .assertReply(activity -> assertThat(activity.getText())
                    .as("welcome with the reports first")
                    .contains("1. **Een verslag herformuleren**"))
                .send("help")
                .assertReply(card(NL, "1. Een verslag herformuleren"))
                .startTest().join();
        }
    }

    @Nested
    class InEnglish {

        private final TestAdapter adapter = adapter("en-US");

        @Test
        void welcomesAndAsksTheRoleInEnglish() {
            new TestFlow(adapter, bot()::onTurn)
                .send(membersAdded(adapter))
                .assertReply(welcome(EN))
                .assertReply(rolePrompt(EN))
                .send("teacher")
                .assertReply(EN.text("role.teacher.saved"))
                .assertReply(card(EN, "1. Rewrite a note about a pupil"))
                .send("help")
                .assertReply(card(EN, "1. Rewrite a note about a pupil"))
                .send("what can you do?")
                .assertReply(startsWith("This is what I can do for you:"))
                .startTest().join();
        }
    }

    private HgwBot bot() {
        return new HgwBot(new ConversationState(storage), new UserState(storage), Engines.shared(),
            new InMemoryPupilRepository(), nl.hgw.dialogs.report.ReportDesks.offline(), new InMemorySpiegelRepository(),
            new nl.hgw.dialogs.reminder.InMemoryReminderRepository(),
            new nl.hgw.dialogs.group.InMemoryGroupRepository(), Clock.systemUTC());
    }

    private static TestAdapter adapter(String locale) {
        TestAdapter adapter = new TestAdapter();
        adapter.setLocale(locale);
        return adapter;
    }

    private static Activity membersAdded(TestAdapter adapter) {
        Activity update = adapter.makeActivity();
        update.setType(ActivityTypes.CONVERSATION_UPDATE);
        update.setMembersAdded(List.of(adapter.conversationReference().getUser()));
        return update;
    }

    private static Consumer<Activity> welcome(Messages messages) {
        return activity -> {
            assertThat(activity.getText()).startsWith(messages.text("welcome.greeting"));
            for (Task task : Task.values()) {
                assertThat(activity.getText()).contains(task.title(messages), task.text(messages));
            }
        };
    }

    private static Consumer<Activity> rolePrompt(Messages messages) {
        return activity -> {
            assertThat(activity.getText()).startsWith(messages.text("role.prompt"));
            // the SDK picks the list style per channel: inline text on the test channel
            assertThat(activity.getText()).contains(
                messages.text("role.teacher"), messages.text("role.care"), messages.text("role.other"));
        };
    }

    private static Consumer<Activity> startsWith(String text) {
        return activity -> assertThat(activity.getText()).startsWith(text);
    }

    private static Consumer<Activity> card(Messages messages, String firstTask) {
        return activity -> {
            assertThat(activity.getAttachments()).hasSize(1);
            assertThat(activity.getAttachments().get(0).getContentType()).isEqualTo(HelpCard.CONTENT_TYPE);
            JsonNode card = (JsonNode) activity.getAttachments().get(0).getContent();
            assertThat(card.path("body").get(0).path("text").asText()).isEqualTo(messages.text("help.title"));
            assertThat(HelpCardTest.firstTaskTitle(card)).isEqualTo(firstTask);
        };
    }
}
