package nl.hgw.dialogs.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.QuietTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In a Teams channel the bot reads only what @mentions it, and answers in the thread. */
@ExtendWith(QuietTestKit.class)
class TeamsChannelTest {

    private static final Messages NL = Messages.of(Messages.DUTCH);

    private final ConversationScript script = new ConversationScript("nl-NL", new com.microsoft.bot.builder.MemoryStorage(),
        new InMemoryPupilRepository(), "19:general@thread.tacv2;messageid=111");

    @Test
    void readsOnlyMentionsStripsTheMentionAndRepliesInTheThread() {
        Activity chatter = channelMessage("Joost heeft ADHD en pikt de uitleg niet op.", false);
        Activity mentioned = channelMessage("<at>HGW-assistent</at> Joost heeft ADHD en pikt de uitleg niet op.", true);
        new TestFlow(script.adapter, script.bot()::onTurn)
            .send(chatter)
            .send(mentioned)
            .assertReply(reply -> {
                assertThat(reply.getText()).as("the first answer is to the mention: the chatter was not read")
                    .isEqualTo(NL.text("goal.prompt", Map.of("pupil", "Joost")));
                assertThat(reply.getReplyToId()).as("in the thread").isEqualTo(mentioned.getId());
                assertThat(reply.getConversation().getId()).isEqualTo("19:general@thread.tacv2;messageid=111");
            })
            .send(channelMessage("<at>HGW-assistent</at> na de instructie tien minuten zelfstandig werken", true))
            .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains("Onderwijsbehoeften van Joost"))
            .startTest().join();
    }

    @Test
    void cardSubmitsNeedNoMention() {
        Activity submit = channel(script.submit());
        new TestFlow(script.adapter, script.bot()::onTurn)
            .send(channelMessage("<at>HGW-assistent</at> Joost pikt instructies onvoldoende op.", true))
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Eerst het doel"))
            .send(channelMessage("<at>HGW-assistent</at> na de instructie tien minuten zelfstandig werken", true))
            .assertReply(reply -> ConversationScript.fill(submit, Cards.submit(Cards.of(reply), "done", Map.of())))
            .send(submit)
            .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("reach.title")))
            .startTest().join();
    }

    private Activity channelMessage(String text, boolean mention) {
        Activity activity = channel(script.adapter.makeActivity(text));
        if (mention) {
            Mention at = new Mention();
            at.setMentioned(new ChannelAccount(activity.getRecipient().getId(), "HGW-assistent"));
            at.setText("<at>HGW-assistent</at>");
            activity.setEntities(List.of(Entity.getAs(at, Entity.class)));
        }
        return activity;
    }

    private static Activity channel(Activity activity) {
        activity.getConversation().setConversationType("channel");
        activity.setChannelData(Map.of("team", Map.of("id", "19:team-a@thread.tacv2"), "tenant", Map.of("id", "t1")));
        return activity;
    }
}
