package nl.hgw.dialogs.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import java.nio.file.Path;
import java.util.Map;
import nl.hgw.dialogs.QuietTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Joost conversation from the seeds, whole, in Dutch and in English: note, goal, card,
 * keep all, subgroup, support, save. Written to {@code target/transcripts/} to be read.
 */
@ExtendWith(QuietTestKit.class)
class TranscriptTest {

    static final String JOOST_NL = "Joost heeft ADHD, ODD, gaat discussies aan, pikt instructies onvoldoende op, "
        + "ruzies in pauzes en op gang, ouders zijn erg druk, komen zelden op besprekingen op school.";

    static final String JOOST_EN = "Joost has ADHD and ODD, starts arguments, picks up instructions poorly, fights "
        + "at break and in the corridor; his parents are very busy and rarely come to meetings at school.";

    @Test
    void joostInDutch() {
        ConversationScript script = new ConversationScript("nl-NL");
        Activity keepAll = script.submit();
        Activity reach = script.submit();
        new TestFlow(script.adapter, script.bot()::onTurn)
            .send(JOOST_NL)
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Eerst het doel"))
            .send("de rekeninstructie volgen en daarna zelfstandig aan de slag gaan")
            .assertReply(reply -> ConversationScript.fill(keepAll, Cards.submit(Cards.of(reply), "done", Map.of())))
            .send(keepAll)
            .assertReply(reply -> ConversationScript.fill(reach, Cards.submit(Cards.of(reply), "done",
                Map.of("reach.3", "subgroup_intensive", "reach.5", "whole_group"))))
            .send(reach)
            .assertReply(reply -> Cards.of(reply))
            .send("een collega die 20 minuten de groep overneemt als Joost een time-out nodig heeft")
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Opgeslagen!"))
            .assertReply(reply -> Cards.of(reply))
            .startTest().join();
        script.transcript.writeTo(Path.of("target/transcripts/joost-nl.txt"));
        assertThat(script.repository.all()).hasSize(1);
    }

    @Test
    void joostInEnglish() {
        ConversationScript script = new ConversationScript("en-US");
        Activity keepAll = script.submit();
        new TestFlow(script.adapter, script.bot()::onTurn)
            .send(JOOST_EN)
            .assertReply(reply -> assertThat(reply.getText()).startsWith("First the goal"))
            .send("follow the maths instruction and then start working on his own")
            .assertReply(reply -> ConversationScript.fill(keepAll, Cards.submit(Cards.of(reply), "done", Map.of())))
            .send(keepAll)
            .assertReply(reply -> Cards.of(reply))
            .send("1")
            .assertReply(reply -> Cards.of(reply))
            .send("skip")
            .assertReply(reply -> assertThat(reply.getText()).startsWith("Saved!"))
            .assertReply(reply -> Cards.of(reply))
            .startTest().join();
        script.transcript.writeTo(Path.of("target/transcripts/joost-en.txt"));
        assertThat(script.repository.all()).hasSize(1);
    }
}
