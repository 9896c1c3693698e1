package nl.hgw.dialogs.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.QuietTestKit;
import nl.hgw.nlp.Category;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The goal-first conversation about a pupil, driven through the bot with the SDK's TestAdapter. */
@ExtendWith(QuietTestKit.class)
class NoteDialogTest {

    private static final Messages NL = Messages.of(Messages.DUTCH);

    private static final Messages EN = Messages.of(Messages.ENGLISH);

    private static final String JOOST = TranscriptTest.JOOST_NL;

    private static final String GOAL = "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan";

    private final ConversationScript script = new ConversationScript("nl-NL");

    @Nested
    class GoalFirst {

        @Test
        void asksTheGoalBeforeReformulatingAndNamesTheLabelsBack() {
            flow()
                .send(JOOST)
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))), "the goal comes first")
                .send(GOAL)
                .assertReply(reply -> {
                    JsonNode card = Cards.of(reply);
                    List<String> texts = Cards.texts(card);
                    assertThat(texts.get(0)).isEqualTo("Onderwijsbehoeften van Joost");
                    assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("Doel: " + GOAL));
                    assertThat(texts).as("labels flagged").contains("Label in je notitie: ADHD, ODD. Een label zet ik niet in een behoefte.");
                    assertThat(texts).as("the engine's question per label")
                        .anySatisfy(text -> assertThat(text).startsWith("Je noemt 'ADHD'. Wat zie en hoor je Joost doen, en wanneer?"))
                        .anySatisfy(text -> assertThat(text).startsWith("Je noemt 'ODD'."));
                    assertThat(texts).as("grouped by category, Dutch names, in the order of the categories")
                        .containsSubsequence("Instructie/uitleg", "Ouders");
                    assertThat(texts).as("each need with its source").contains("Uit je notitie: 'pikt instructies onvoldoende op'",
                        "Uit je notitie: 'ouders zijn erg druk'");
                    assertThat(Cards.inputs(card).entrySet()).filteredOn(input -> input.getKey().endsWith(".text")
                            && input.getKey().startsWith("need."))
                        .as("no need carries a label").allSatisfy(input -> assertThat((String) input.getValue())
                            .doesNotContain("ADHD").doesNotContain("ODD").contains("om de rekeninstructie te volgen"));
                })
                .startTest().join();
            assertThat(script.repository.all()).as("nothing stored before the end").isEmpty();
        }

        @Test
        void aVagueGoalGetsExactlyOneFollowUpAndTheSecondAnswerIsTaken() {
            flow()
                .send(JOOST)
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))))
                .send("beter gedrag")
                .assertReply(text(NL.text("goal.detail", Map.of("pupil", "Joost"))), "one follow-up")
                .send("meer rust")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).as("no second follow-up: the card")
                    .contains("Onderwijsbehoeften van Joost").anySatisfy(text -> assertThat(text).startsWith("Doel: meer rust.")))
                .startTest().join();
        }

        @Test
        void aConcreteGoalGetsNoFollowUp() {
            flow()
                .send(JOOST)
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))))
                .send("na de rekeninstructie tien minuten zelfstandig werken")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains("Onderwijsbehoeften van Joost"))
                .startTest().join();
        }

        @Test
        void asksWhoItIsAboutWhenTheNoteDoesNotSay() {
            flow()
                .send("Hij is erg druk en pikt de uitleg niet op.")
                .assertReply(text(NL.text("pupil.prompt")))
                .send("het gaat over Sam")
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Sam"))))
                .startTest().join();
        }

        @Test
        void nieuweLeerlingAsksNameThenGoalThenTheNote() {
            flow()
                .send("nieuwe leerling")
                .assertReply(text(NL.text("pupil.prompt")))
                .send("Fatima")
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Fatima"))))
                .send("Fatima vraagt hulp als ze bij een opdracht vastloopt")
                .assertReply(text(NL.text("note.prompt", Map.of("pupil", "Fatima"))))
                .send("Fatima is erg stil en durft niets te vragen.")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains("Onderwijsbehoeften van Fatima"))
                .startTest().join();
        }

        @Test
        void aStoredGoalIsNotAskedAgainAndTheNewNeedsJoinTheStoredOnes() {
            script.repository.save(scope(), PupilPlan.of("Joost", GOAL, List.of(new PlannedNeed(Category.FEEDBACK,
                "Joost heeft snelle feedback nodig.", Reach.WHOLE_GROUP)), List.of(), null), "aad-x");
            flow()
                .send("Joost pikt instructies onvoldoende op.")
                .assertReply(text(NL.text("goal.known", Map.of("pupil", "Joost", "goal", GOAL))))
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply)))
                    .contains("Uit je notitie: 'Joost pikt instructies onvoldoende op'", NL.text("needs.source.own")))
                .startTest().join();
        }

        @Test
        void aQuestionToTheBotIsNoNote() {
            flow()
                .send("Kun je mij helpen met een notitie?")
                .assertReply(reply -> assertThat(reply.getText()).startsWith("Dit kan ik voor je doen:"))
                .startTest().join();
        }
    }

    @Nested
    class TheNeedsCard {

        @Test
        void editsRemovesAndAddsFromTheCard() {
            Activity change = script.submit();
            Activity done = script.submit();
            Map<String, String> ids = new HashMap<>();
            toTheNeedsCard()
                .assertReply(reply -> {
                    JsonNode card = Cards.of(reply);
                    List<String> needs = Cards.needIds(card);
                    ids.put("count", String.valueOf(needs.size()));
                    ids.put("first", needs.get(0));
                    ids.put("second", needs.get(1));
                    ConversationScript.fill(change, Cards.submit(card, "add", Map.of(
                        "need." + needs.get(0) + ".text", "Joost heeft een stappenkaart op zijn tafel nodig.",
                        "need." + needs.get(1) + ".keep", "false",
                        "new.category", "peers",
                        "new.text", "Joost heeft een vast maatje bij het samenwerken nodig.")));
                })
                .send(change)
                .assertReply(text(NL.text("needs.changed")))
                .assertReply(reply -> {
                    JsonNode card = Cards.of(reply);
                    Map<String, Object> inputs = Cards.inputs(card);
                    assertThat(inputs).containsEntry("need." + ids.get("first") + ".text",
                        "Joost heeft een stappenkaart op zijn tafel nodig.");
                    assertThat(inputs).doesNotContainKey("need." + ids.get("second") + ".text");
                    assertThat(inputs).containsValue("Joost heeft een vast maatje bij het samenwerken nodig.");
                    assertThat(Cards.texts(card)).contains("Groepsgenoten");
                    ConversationScript.fill(done, Cards.submit(card, "done", Map.of()));
                })
                .send(done)
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("reach.title")))
                .send("1")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("support.title")))
                .send("overslaan")
                .assertReply(text(NL.text("save.done", Map.of("pupil", "Joost"))))
                .assertReply(reply -> Cards.of(reply))
                .startTest().join();
            PupilPlan joost = script.repository.find(scope(), "joost").orElseThrow();
            assertThat(joost.needs()).hasSize(Integer.parseInt(ids.get("count")))
                .extracting(PlannedNeed::text)
                .contains("Joost heeft een stappenkaart op zijn tafel nodig.",
                    "Joost heeft een vast maatje bij het samenwerken nodig.");
            assertThat(joost.needs()).filteredOn(need -> need.category() == Category.PEERS).hasSize(1);
            java.util.function.Predicate<PlannedNeed> teachersOwn = need -> need.text().contains("stappenkaart")
                || need.text().contains("vast maatje");
            assertThat(joost.needs()).as("an edited or added need is the teacher's, not the engine's rule")
                .filteredOn(teachersOwn).hasSize(2).allSatisfy(need -> assertThat(need.rule()).isEmpty());
            assertThat(joost.needs()).as("the engine's needs keep the id of the rule that wrote them")
                .filteredOn(teachersOwn.negate()).isNotEmpty().allSatisfy(need -> assertThat(need.rule()).isNotBlank());
        }

        @Test
        void everyChangeCanBeTyped() {
            java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
            toTheNeedsCard()
                .assertReply(reply -> count.set(Cards.needIds(Cards.of(reply)).size()))
                .send("weg 2")
                .assertReply(reply -> assertThat(reply.getText()).startsWith("Weggehaald: 'Joost heeft"))
                .assertReply(reply -> assertThat(Cards.needIds(Cards.of(reply))).hasSize(count.get() - 1))
                .send("1: Joost heeft uitleg met een plaatje nodig.")
                .assertReply(text(NL.text("needs.changed")))
                .assertReply(reply -> assertThat(Cards.inputs(Cards.of(reply))).containsValue("Joost heeft uitleg met een plaatje nodig."))
                .send("erbij ouders: Joost heeft ouders nodig die thuis de tafels oefenen.")
                .assertReply(text(NL.text("needs.changed")))
                .assertReply(reply -> assertThat(Cards.needIds(Cards.of(reply))).hasSize(count.get()))
                .send("weg 99")
                .assertReply(text(NL.text("needs.typed.number", Map.of("number", "99"))))
                .assertReply(reply -> Cards.of(reply))
                .send("klaar")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("reach.title")))
                .startTest().join();
        }

        @Test
        void aLabelInATextTheTeacherWroteIsFlagged() {
            toTheNeedsCard()
                .assertReply(reply -> Cards.of(reply))
                .send("1: Joost heeft een ADHD-aanpak nodig.")
                .assertReply(text(NL.text("needs.changed")))
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply)))
                    .contains(NL.text("needs.flag", Map.of("label", "ADHD", "pupil", "Joost"))))
                .startTest().join();
        }

        @Test
        void whatTheTeacherSeesAndHearsIsReadAsMoreOfTheNote() {
            Activity observation = script.submit();
            toTheNeedsCard()
                .assertReply(reply -> ConversationScript.fill(observation, Cards.submit(Cards.of(reply), "done",
                    Map.of("observation", "Hij is vaak te laat en vergeet zijn spullen."))))
                .send(observation)
                .assertReply(reply -> assertThat(reply.getText()).startsWith("Ik heb je aanvulling gelezen"))
                .assertReply(reply -> assertThat(Cards.needIds(Cards.of(reply))).hasSizeGreaterThan(6))
                .startTest().join();
        }

        @Test
        void aSubmitOfAnOlderCardIsNotTaken() {
            Activity oldNeedsCard = script.submit();
            toTheNeedsCard()
                .assertReply(reply -> ConversationScript.fill(oldNeedsCard, Cards.submit(Cards.of(reply), "done", Map.of())))
                .send("klaar")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("reach.title")))
                .send(oldNeedsCard)
                .assertReply(text(NL.text("card.stale")))
                .startTest().join();
        }
    }

    @Nested
    class SubgroupAndSupport {

        @Test
        void subgroupsPerNeedAndSupportNeedsCanBeTyped() {
            toTheNeedsCard()
                .assertReply(reply -> Cards.of(reply))
                .send("klaar")
                .assertReply(reply -> Cards.of(reply))
                .send("subgroep")
                .assertReply(text(NL.text("reach.typed.unknown", Map.of("pupil", "Joost"))), "which subgroup?")
                .assertReply(reply -> Cards.of(reply))
                .send("1: intensief, 2: 5")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("support.title")))
                .send("3 en 4, een collega die 20 minuten de groep overneemt")
                .assertReply(text(NL.text("save.done", Map.of("pupil", "Joost"))))
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply)))
                    .contains("materiaal, een collega: '3 en 4, een collega die 20 minuten de groep overneemt'"))
                .startTest().join();
            PupilPlan joost = script.repository.find(scope(), "Joost").orElseThrow();
            assertThat(joost.needs().get(0).reach()).isEqualTo(Reach.SUBGROUP_INTENSIVE);
            assertThat(joost.needs().get(1).reach()).isEqualTo(Reach.WHOLE_GROUP);
            assertThat(joost.needs().subList(2, joost.needs().size()))
                .allSatisfy(need -> assertThat(need.reach()).isEqualTo(Reach.INDIVIDUAL));
            assertThat(joost.support().kinds()).containsExactly(SupportKind.MATERIAL, SupportKind.COLLEAGUE);
        }

        @Test
        void oneTypedChoiceAppliesToAllAndSupportCanBeSkippedOnTheCard() {
            Activity skip = script.submit();
            toTheNeedsCard()
                .assertReply(reply -> Cards.of(reply))
                .send("klaar")
                .assertReply(reply -> Cards.of(reply))
                .send("de hele groep")
                .assertReply(reply -> ConversationScript.fill(skip, Cards.submit(Cards.of(reply), "skip", Map.of())))
                .send(skip)
                .assertReply(text(NL.text("save.done", Map.of("pupil", "Joost"))))
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("pupil.support.none")))
                .startTest().join();
            PupilPlan joost = script.repository.find(scope(), "Joost").orElseThrow();
            assertThat(joost.needs()).allSatisfy(need -> assertThat(need.reach()).isEqualTo(Reach.WHOLE_GROUP));
            assertThat(joost.support().isEmpty()).isTrue();
        }
    }

    @Nested
    class Commands {

        @Test
        void stopLeavesNothingStored() {
            toTheNeedsCard()
                .assertReply(reply -> Cards.of(reply))
                .send("klaar")
                .assertReply(reply -> Cards.of(reply))
                .send("stop")
                .assertReply(text(NL.text("cancel.done")))
                .send("opslaan")
                .assertReply(text(NL.text("nothing.running")))
                .startTest().join();
            assertThat(script.repository.all()).isEmpty();
            assertThat(script.repository.saves()).isZero();
        }

        @Test
        void terugGoesBackOneQuestion() {
            toTheNeedsCard()
                .assertReply(reply -> Cards.of(reply))
                .send("klaar")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("reach.title")))
                .send("terug")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains("Onderwijsbehoeften van Joost"))
                .send("terug")
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))), "back to the goal")
                .send("terug")
                .assertReply(text(NL.text("back.first")))
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))))
                .startTest().join();
        }

        @Test
        void helpInTheMiddleShowsTheOverviewAndAsksAgain() {
            flow()
                .send(JOOST)
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))))
                .send("hulp")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("help.title")))
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))))
                .startTest().join();
        }

        @Test
        void helpOnACardShowsTheSameCardAgainAndTheStateKeepsOnlyItsKind() {
            AtomicReference<JsonNode> shown = new AtomicReference<>();
            toTheNeedsCard()
                .assertReply(reply -> shown.set(Cards.of(reply)))
                .send("hulp")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("help.title")))
                .assertReply(reply -> assertThat(Cards.of(reply)).as("the same card, built again").isEqualTo(shown.get()))
                .startTest().join();
            String state = Serialization.objectToTree(
                script.storage.read(new String[] {"test/conversations/convo1"}).join()).toString();
            assertThat(state).as("the card is not kept in the dialog state").doesNotContain("AdaptiveCard")
                .doesNotContain("Onderwijsbehoeften van Joost").contains("\"validations\":\"needs\"");
        }

        @Test
        void toonShowsWhatIsStoredAndLeerlingenListsThem() {
            saveJoost();
            script.repository.save(scope(), PupilPlan.of("Fatima", "om hulp vragen bij een opdracht", List.of(),
                List.of(), null), "aad-y");
            flow()
                .send("toon joost")
                .assertReply(reply -> {
                    List<String> texts = Cards.texts(Cards.of(reply));
                    assertThat(texts.get(0)).isEqualTo("Joost");
                    assertThat(texts).contains("Doel: " + GOAL, "Instructie/uitleg", "Wat de leerkracht nodig heeft");
                })
                .send("leerlingen")
                .assertReply(reply -> assertThat(reply.getText()).contains("1. **Fatima** – doel: om hulp vragen",
                    "2. **Joost** – doel: " + GOAL + " (1 behoeften)"))
                .send("toon Pietje")
                .assertReply(text(NL.text("pupil.unknown", Map.of("pupil", "Pietje"))))
                .startTest().join();
        }

        @Test
        void verwijderDeletesOnlyAfterYes() {
            saveJoost();
            flow()
                .send("verwijder Joost")
                .assertReply(reply -> assertThat(reply.getText()).startsWith(NL.text("delete.confirm", Map.of("pupil", "Joost"))))
                .send("nee")
                .assertReply(text(NL.text("delete.kept", Map.of("pupil", "Joost"))))
                .send("verwijder JOOST")
                .assertReply(reply -> assertThat(reply.getText()).startsWith(NL.text("delete.confirm", Map.of("pupil", "Joost"))))
                .send("ja")
                .assertReply(text(NL.text("delete.done", Map.of("pupil", "Joost"))))
                .send("toon Joost")
                .assertReply(text(NL.text("pupil.unknown", Map.of("pupil", "Joost"))))
                .startTest().join();
            assertThat(script.repository.all()).isEmpty();
        }

        @Test
        void wijzigReopensGoalAndNeeds() {
            saveJoost();
            Activity reach = script.submit();
            flow()
                .send("wijzig joost")
                .assertReply(text(NL.text("goal.edit", Map.of("pupil", "Joost", "goal", GOAL))))
                .send("ok")
                .assertReply(reply -> assertThat(Cards.inputs(Cards.of(reply))).containsValue("Joost heeft korte instructie nodig."))
                .send("1: Joost heeft korte instructie met een plaatje nodig.")
                .assertReply(text(NL.text("needs.changed")))
                .assertReply(reply -> Cards.of(reply))
                .send("klaar")
                .assertReply(reply -> {
                    JsonNode card = Cards.of(reply);
                    assertThat(Cards.inputs(card)).as("the stored choice is shown").containsValue("subgroup_basic");
                    ConversationScript.fill(reach, Cards.submit(card, "done", Map.of()));
                })
                .send(reach)
                .assertReply(reply -> assertThat(Cards.inputs(Cards.of(reply))).containsEntry("support.kinds", "knowledge"))
                .send("klaar")
                .assertReply(text(NL.text("save.updated", Map.of("pupil", "Joost"))))
                .assertReply(reply -> Cards.of(reply))
                .startTest().join();
            PupilPlan joost = script.repository.find(scope(), "Joost").orElseThrow();
            assertThat(joost.goal()).isEqualTo(GOAL);
            assertThat(joost.needs()).containsExactly(new PlannedNeed(Category.INSTRUCTION,
                "Joost heeft korte instructie met een plaatje nodig.", Reach.SUBGROUP_BASIC));
        }

        @Test
        void anotherTeamCannotSeeOrDeleteThisTeamsPupils() {
            saveJoost();
            ConversationScript otherTeam = new ConversationScript("nl-NL", script.storage, script.repository, "other-team");
            new TestFlow(otherTeam.adapter, otherTeam.bot()::onTurn)
                .send("toon Joost")
                .assertReply(text(NL.text("pupil.unknown", Map.of("pupil", "Joost"))))
                .send("verwijder Joost")
                .assertReply(text(NL.text("pupil.unknown", Map.of("pupil", "Joost"))))
                .send("leerlingen")
                .assertReply(text(NL.text("list.empty")))
                .startTest().join();
            assertThat(script.repository.find(scope(), "Joost")).isPresent();
        }
    }

    @Nested
    class WhenTheDatabaseIsAway {

        @Test
        void theTeacherIsToldNothingIsLostAndOpslaanTriesAgain() {
            toTheNeedsCard()
                .assertReply(reply -> Cards.of(reply))
                .send("klaar")
                .assertReply(reply -> Cards.of(reply))
                .send("1")
                .assertReply(reply -> {
                    Cards.of(reply);
                    script.repository.setUnavailable(true);
                })
                .send("overslaan")
                .assertReply(reply -> assertThat(reply.getText()).startsWith(
                    "Ik kan je gegevens nu niet opslaan; probeer het zo nog eens — er gaat niets verloren.")
                    .doesNotContain("Exception"))
                .send("opslaan")
                .assertReply(reply -> {
                    assertThat(reply.getText()).startsWith("Ik kan je gegevens nu niet opslaan");
                    script.repository.setUnavailable(false);
                })
                .send("opslaan")
                .assertReply(text(NL.text("save.done", Map.of("pupil", "Joost"))))
                .assertReply(reply -> Cards.of(reply))
                .startTest().join();
            assertThat(script.repository.find(scope(), "Joost").orElseThrow().needs()).isNotEmpty();
        }

        @Test
        void theConversationGoesOnFromStorageWithANewBot() {
            new TestFlow(script.adapter, script.bot()::onTurn)
                .send(JOOST)
                .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))))
                .startTest().join();
            new TestFlow(script.adapter, script.bot()::onTurn)
                .send(GOAL)
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains("Onderwijsbehoeften van Joost"))
                .send("klaar")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(NL.text("reach.title")))
                .startTest().join();
        }
    }

    @Nested
    class InEnglish {

        private final ConversationScript english = new ConversationScript("en-US");

        @Test
        void theWholeConversationSpeaksEnglish() {
            new TestFlow(english.adapter, english.bot()::onTurn)
                .send(TranscriptTest.JOOST_EN)
                .assertReply(text(EN.text("goal.prompt", Map.of("pupil", "Joost"))))
                .send("better behaviour")
                .assertReply(text(EN.text("goal.detail", Map.of("pupil", "Joost"))))
                .send("follow the maths instruction and then start working on his own")
                .assertReply(reply -> {
                    List<String> texts = Cards.texts(Cards.of(reply));
                    assertThat(texts).contains("Education needs of Joost", "Instruction/explanation", "Parents",
                        "Label in your note: ADHD, ODD. I never put a label into a need.");
                })
                .send("done")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(EN.text("reach.title")))
                .send("whole group")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(EN.text("support.title")))
                .send("skip")
                .assertReply(text(EN.text("save.done", Map.of("pupil", "Joost"))))
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains("Goal: follow the maths "
                    + "instruction and then start working on his own"))
                .send("delete Joost")
                .assertReply(reply -> assertThat(reply.getText()).startsWith(EN.text("delete.confirm", Map.of("pupil", "Joost"))))
                .send("yes")
                .assertReply(text(EN.text("delete.done", Map.of("pupil", "Joost"))))
                .startTest().join();
            assertThat(english.repository.all()).isEmpty();
        }

        @Test
        void helpOnTheReachCardShowsItAgainInEnglish() {
            AtomicReference<JsonNode> shown = new AtomicReference<>();
            new TestFlow(english.adapter, english.bot()::onTurn)
                .send(TranscriptTest.JOOST_EN)
                .assertReply(text(EN.text("goal.prompt", Map.of("pupil", "Joost"))))
                .send("follow the maths instruction and then start working on his own")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains("Education needs of Joost"))
                .send("done")
                .assertReply(reply -> shown.set(Cards.of(reply)))
                .send("help")
                .assertReply(reply -> assertThat(Cards.texts(Cards.of(reply))).contains(EN.text("help.title")))
                .assertReply(reply -> assertThat(Cards.of(reply)).as("the reach card again").isEqualTo(shown.get()))
                .startTest().join();
            assertThat(Cards.texts(shown.get())).contains(EN.text("reach.title"));
        }
    }

    private TestFlow flow() {
        return new TestFlow(script.adapter, script.bot()::onTurn);
    }

    private TestFlow toTheNeedsCard() {
        return flow()
            .send(JOOST)
            .assertReply(text(NL.text("goal.prompt", Map.of("pupil", "Joost"))))
            .send(GOAL);
    }

    private void saveJoost() {
        script.repository.save(scope(), PupilPlan.of("Joost", GOAL, List.of(new PlannedNeed(Category.INSTRUCTION,
            "Joost heeft korte instructie nodig.", Reach.SUBGROUP_BASIC)), List.of("energiek"),
            new TeacherSupport(List.of(SupportKind.KNOWLEDGE), "")), "aad-user1");
    }

    private static TeamScope scope() {
        return new TeamScope(TeamScope.LOCAL_TENANT, "convo1");
    }

    private static Consumer<Activity> text(String expected) {
        return reply -> assertThat(reply.getText()).isEqualTo(expected);
    }
}
