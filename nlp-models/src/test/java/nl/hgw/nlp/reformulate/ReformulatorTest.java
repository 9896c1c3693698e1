package nl.hgw.nlp.reformulate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import nl.hgw.nlp.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract of HGW.md on the seeds' own example, and the behaviours teachers rely on. */
class ReformulatorTest {

    private static final String JOOST = "Joost heeft ADHD, is hyperactief, heeft ODD, gaat discussies aan, pikt "
            + "instructies onvoldoende op, ruzies in pauzes en op gang, ouders zijn erg druk, komen zelden op "
            + "besprekingen op school.";

    private static final String GOAL = "de rekeninstructie volgen en daarna zelfstandig aan de slag gaan";

    private static Reformulator engine;

    @BeforeAll
    static void load() {
        engine = Reformulator.load();
    }

    @Test
    void turnsTheSeedsJoostIntoNeedsLikeJoris() {
        Reformulation out = engine.reformulate(JOOST, GOAL, "Joost", Language.DUTCH);
        assertThat(out.labels()).extracting(Reformulation.LabelFinding::label).contains("ADHD", "ODD");
        assertThat(out.needs()).extracting(Reformulation.Need::category)
            .contains("instruction", "tasks_environment", "teacher", "parents");
        assertThat(out.needs()).allSatisfy(n -> {
            assertThat(n.text()).startsWith("Joost").contains("nodig").contains("om de rekeninstructie te volgen");
            assertThat(n.text()).doesNotContain("ADHD", "ODD", "hyperactief", "onvoldoende", " druk", "zelden");
            assertThat(JOOST).contains(n.source());
        });
        assertThat(out.questions()).anyMatch(q -> q.contains("ouders van Joost"));
    }

    @Test
    void leavesANegatedDeficitAlone() {
        Reformulation out = engine.reformulate("Isa is niet lui.", "haar werk afmaken", "Isa", Language.DUTCH);
        assertThat(out.deficits()).isEmpty();
    }

    @Test
    void keepsStatedNeedsWithoutAlarm() {
        Reformulation out = engine.reformulate("Emma heeft behoefte aan korte instructie.", "de som zelf maken",
                "Emma", Language.DUTCH);
        assertThat(out.deficits()).isEmpty();
        assertThat(out.labels()).isEmpty();
        assertThat(out.needs()).singleElement()
            .satisfies(n -> assertThat(n.text()).isEqualTo("Emma heeft korte instructie nodig om de som zelf te maken."));
    }

    @Test
    void keepsStrengths() {
        Reformulation out = engine.reformulate("Saar is heel behulpzaam en vrolijk, maar ze kletst de hele les.",
                "met een maatje een werkblad afmaken", "Saar", Language.DUTCH);
        assertThat(out.strengths()).extracting(Reformulation.StrengthFinding::text)
            .contains("behulpzaam", "vrolijk");
    }

    @Test
    void raisesNothingAboutPlainFacts() {
        for (String fact : List.of("Priya is tien en zit in groep 6.", "Ravi zit in vmbo-t 4 en doet examen in economie, wiskunde en biologie.",
                "Er zijn drie jongere broertjes.", "Haar moeder is verpleegkundige.",
                "Haar ouders gaan scheiden.", "Lucas is eight and in group 5.")) {
            Reformulation out = engine.reformulate(fact, "zijn taak afmaken", "",
                    fact.startsWith("Lucas") ? Language.ENGLISH : Language.DUTCH);
            assertThat(out.deficits()).as(fact).isEmpty();
            assertThat(out.needs()).as(fact).isEmpty();
        }
    }

    @Test
    void aFactWithDeficitLanguageIsStillRead() {
        Reformulation out = engine.reformulate("Priya is tien en zit in groep 6, maar ze loopt achter met lezen.",
                "een boek uitlezen", "Priya", Language.DUTCH);
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source).anyMatch(s -> s.contains("achter"));
    }

    @Test
    void aStrengthDoesNotHideTheDeficitJoinedToIt() {
        for (String text : List.of("Hij is enthousiast en springt op zijn stoel.", "Ze is gezellig en praat door de instructie heen.",
                "Romy is een sociale meid die vaak ruzie maakt in de pauze.")) {
            assertThat(engine.reformulate(text, "tien minuten aan een taak werken", "", Language.DUTCH).deficits()).as(text)
                .isNotEmpty();
        }
        Reformulation nobody = engine.reformulate("Op de laatste twee gesprekken kwam niemand van thuis.",
                "de instructie volgen", "Roos", Language.DUTCH);
        assertThat(nobody.needs()).extracting(Reformulation.Need::category).contains("parents");
    }

    @Test
    void aDeniedLackIsNoDeficit() {
        for (String text : List.of("Niels is niet zwak in taal.", "Owen heeft geen moeite met het plannen van zijn weektaak.")) {
            assertThat(engine.reformulate(text, "een verhaal schrijven", "", Language.DUTCH).deficits()).as(text).isEmpty();
        }
        for (String text : List.of("Owen heeft geen zin en weinig energie.", "Hij luistert niet altijd naar de juf.",
                "Ze maakt haar werk niet altijd af.", "Ze doet geen moeite om haar werk af te maken.")) {
            assertThat(engine.reformulate(text, "een verhaal schrijven", "", Language.DUTCH).deficits()).as(text).isNotEmpty();
        }
        Reformulation denial = engine.reformulate("Lucas is not lazy; he finished his whole project a week early.",
                "finish a project", "Lucas", Language.ENGLISH);
        assertThat(denial.deficits()).extracting(Reformulation.DeficitFinding::source).doesNotContain("Lucas is not lazy");
    }

    @Test
    void anAlternativeWithinAStatedNeedIsNoSecondNeed() {
        Reformulation out = engine.reformulate("Bente heeft behoefte aan een knuffel of ander vast voorwerp bij de overgang "
                + "van buitenspelen naar binnen.", "haar jas ophangen", "Bente", Language.DUTCH);
        assertThat(out.needs()).singleElement();
        Reformulation two = engine.reformulate("Bente heeft behoefte aan een vaste plek en een maatje dat haar helpt.",
                "haar jas ophangen", "Bente", Language.DUTCH);
        assertThat(two.needs()).hasSize(2);
    }

    @Test
    void aPurposeClauseAfterAStatedNeedBelongsToIt() {
        Reformulation out = engine.reformulate("Jurre heeft baat bij een overzicht van de toetsstof, zodat hij zijn "
                + "leerwerk kan verdelen.", "een leerplanning maken", "Jurre", Language.DUTCH);
        assertThat(out.deficits()).isEmpty();
        assertThat(out.needs()).singleElement().satisfies(n -> assertThat(n.rule()).startsWith("needs:"));
    }

    @Test
    void aSentenceEndingInJufEndsThere() {
        Reformulation out = engine.reformulate("Hij doet graag klusjes voor de juf. Bij rekenen is hij snel afgeleid.",
                "tien minuten zelfstandig rekenen", "Mo", Language.DUTCH);
        assertThat(out.needs()).allSatisfy(n -> assertThat(n.source()).doesNotContain("juf"));
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source).anyMatch(s -> s.contains("afgeleid"));
    }

    @Test
    void asksForTheGoalWhenThereIsNone() {
        Reformulation out = engine.reformulate("Kim is een drukke meid.", "", "Kim", Language.DUTCH);
        assertThat(out.questions()).anyMatch(q -> q.startsWith("Wat is het doel voor Kim"));
        assertThat(out.needs()).allSatisfy(n -> assertThat(n.text()).endsWith("nodig."));
    }

    @Test
    void writesForTheParentsAndTheTeacher() {
        Reformulation out = engine.reformulate("Ik weet niet hoe ik hem moet aanpakken. Moeder reageert niet op berichten.",
                "zijn werk afmaken", "Tim", Language.DUTCH);
        assertThat(out.needs()).extracting(Reformulation.Need::category).contains("teacher", "parents");
        assertThat(out.needs()).anyMatch(n -> n.text().startsWith("De leerkracht van Tim heeft"));
    }

    @Test
    void speaksEnglishForEnglish() {
        Reformulation out = engine.reformulate("Oliver has dyslexia and is a slow reader. He gives up.",
                "finish his reading task on time", "Oliver", Language.ENGLISH);
        assertThat(out.locale()).isEqualTo("en");
        assertThat(out.labels()).isNotEmpty();
        assertThat(out.needs()).isNotEmpty()
            .allSatisfy(n -> assertThat(n.text()).startsWith("Oliver needs").contains("to finish his reading task"));
    }

    @Test
    void aNegationReachesOnlyItsOwnPhrase() {
        Reformulation out = engine.reformulate("Anna is nooit vervelend en altijd vriendelijk.", "meedoen in de kring",
                "Anna", Language.DUTCH);
        assertThat(out.strengths()).extracting(Reformulation.StrengthFinding::text).contains("vriendelijk");
        assertThat(out.deficits()).isEmpty();
    }

    @Test
    void aRemarkInBracketsKeepsItsStrengthsButChangesNothingElse() {
        Reformulation out = engine.reformulate("Sara (groep 7, creatief) haakt af bij contextsommen.",
                "contextsommen oplossen", "Sara", Language.DUTCH);
        assertThat(out.strengths()).extracting(Reformulation.StrengthFinding::text).contains("creatief");
        assertThat(out.needs()).allSatisfy(n -> assertThat(n.text()).startsWith("Sara heeft"));
    }

    @Test
    void aHeadingIsNoStatementAboutThePupil() {
        Reformulation out = engine.reformulate("Verslag groepsbespreking groep 6.\nSanne geeft snel op.",
                "drie sommen zelf proberen", "Sanne", Language.DUTCH);
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source).containsExactly("Sanne geeft snel op");
    }

    @Test
    void whatParentsSayTheyNeedIsTheirNeed() {
        Reformulation out = engine.reformulate("Zij hebben behoefte aan een lijstje met de leeswoorden.",
                "thuis de leeswoorden oefenen", "Juul", Language.DUTCH);
        // "zij" without parents before it is the pupil; with them it is the parents
        Reformulation parents = engine.reformulate(
                "De ouders van Juul lezen elke avond voor. Zij hebben behoefte aan een lijstje met de leeswoorden.",
                "thuis de leeswoorden oefenen", "Juul", Language.DUTCH);
        assertThat(out.needs()).singleElement().satisfies(n -> assertThat(n.text()).startsWith("Juul heeft"));
        assertThat(parents.needs()).filteredOn(n -> n.rule().startsWith("needs:")).singleElement().satisfies(n -> {
            assertThat(n.category()).isEqualTo("parents");
            assertThat(n.text()).startsWith("De ouders van Juul hebben een lijstje met de leeswoorden nodig");
        });
    }

    @Test
    void aNeedJoinedToAStatedNeedIsASecondNeed() {
        Reformulation out = engine.reformulate(
                "Owen heeft behoefte aan dagelijks oefenen met flitskaarten en een maatje dat hem overhoort.",
                "de tafels van 7 automatiseren", "Owen", Language.DUTCH);
        assertThat(out.deficits()).isEmpty();
        assertThat(out.needs()).extracting(Reformulation.Need::category).containsExactly("instruction", "peers");
    }

    @Test
    void aCharacterisationJoinedToADeficitIsPartOfIt() {
        Reformulation out = engine.reformulate("Fenna is een dromer, ze is er met haar hoofd nooit bij.",
                "de instructie in eigen woorden herhalen", "Fenna", Language.DUTCH);
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source)
            .contains("Fenna is een dromer", "ze is er met haar hoofd nooit bij");
    }

    @Test
    void asksForAnObservableGoalWhenTheGoalNamesALabel() {
        Reformulation out = engine.reformulate("Joost gaat discussies aan.", "zijn ADHD beter leren hanteren", "Joost",
                Language.DUTCH);
        assertThat(out.questions()).anyMatch(q -> q.startsWith("Het doel noemt 'ADHD'"));
    }

    @Test
    void givesTheSameAnswerEveryTime() {
        assertThat(engine.reformulate(JOOST, GOAL, "Joost", Language.DUTCH))
            .isEqualTo(engine.reformulate(JOOST, GOAL, "Joost", Language.DUTCH));
    }


    @Test
    void findsALabelInBracketsAfterTheName() {
        Reformulation out = engine.reformulate("Merel (ASS) raakt van slag als het rooster verandert.",
                "na een wisseling weer aan het werk gaan", "Merel", Language.DUTCH);
        assertThat(out.labels()).extracting(Reformulation.LabelFinding::label).containsExactly("ASS");
        assertThat(out.needs()).isNotEmpty().allSatisfy(n -> assertThat(n.text()).doesNotContain("ASS", "van slag"));
    }

    @Test
    void eachRemarkInBracketsIsItsOwnAside() {
        String text = "Chloë (TOS) krijgt ambulante begeleiding (een uur per week).";
        Reformulation out = engine.reformulate(text, "een opdracht van twee stappen uitvoeren", "Chloë", Language.DUTCH);
        assertThat(out.labels()).singleElement().satisfies(l -> assertThat(l.source()).isEqualTo("TOS"));
    }

    @Test
    void aBracketInsideALabelIsNoAside() {
        Reformulation out = engine.reformulate("Daniël (vermoeden AD(H)D, onderzoek loopt) kan niet stilzitten.",
                "vijf minuten doorwerken", "Daniël", Language.DUTCH);
        assertThat(out.labels()).extracting(Reformulation.LabelFinding::label).containsExactly("AD(H)D");
        assertThat(out.deficits()).singleElement().satisfies(d -> assertThat(d.source()).endsWith("kan niet stilzitten"));
    }

    @Test
    void aRuleAgainInOneSentenceAddsOnlyWhatTheFragmentLacks() {
        // "loopt boos weg" is met by the walking-away rule's need: the anger rule adds nothing to it
        Reformulation out = engine.reformulate("Amine gaat schelden en loopt boos weg als zijn team achterstaat.",
                "een verloren potje rustig uitspelen", "Amine", Language.DUTCH);
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::rule).containsSubsequence("woede", "woede");
        assertThat(out.needs()).filteredOn(n -> n.rule().equals("woede"))
            .isNotEmpty().allSatisfy(n -> assertThat(n.source()).isEqualTo("Amine gaat schelden"));
    }

    @Test
    void aRuleAgainInOneSentenceGivesTheOtherFragmentItsNextPhrasing() {
        Reformulation out = engine.reformulate(
                "De moeder van Lotte belt bijna elke dag boos op en bemoeit zich overal mee.",
                "moeder en leerkracht spreken elke twee weken over Lottes voortgang", "Lotte", Language.DUTCH);
        assertThat(out.needs()).extracting(Reformulation.Need::source)
            .containsExactly("De moeder van Lotte belt bijna elke dag boos op", "bemoeit zich overal mee");
        assertThat(out.needs()).extracting(Reformulation.Need::text).doesNotHaveDuplicates();
    }

    @Test
    void aNeedStatedAsAConditionIsFramedAsAnApproachAndWhatFollowsGoesOnWithIt() {
        Reformulation out = engine.reformulate(
                "Julia leert het best als ze eerst een voorbeeld ziet en daarna met een maatje mag oefenen.",
                "zelfstandig een staafgrafiek tekenen", "Julia", Language.DUTCH);
        assertThat(out.deficits()).isEmpty();
        assertThat(out.strengths()).isEmpty();
        assertThat(out.needs()).singleElement().satisfies(n -> {
            assertThat(n.category()).isEqualTo("instruction");
            assertThat(n.text()).startsWith("Julia heeft een aanpak nodig waarbij ze eerst een voorbeeld ziet");
        });
    }

    @Test
    void aStatedNeedThatEndsInEnAndAPrepositionIsNoCrash() {
        Reformulation out = engine.reformulate("Daan heeft behoefte aan rust en aan:", "zijn werk afmaken", "Daan",
                Language.DUTCH);
        assertThat(out.needs()).isNotEmpty();
    }

    @Test
    void aStatedNeedIsSplitOnlyWhereItsPrepositionComesBack() {
        Reformulation out = engine.reformulate("Daan heeft behoefte aan rust en op tijd een pauze.", "zijn werk afmaken",
                "Daan", Language.DUTCH);
        assertThat(out.needs()).singleElement().satisfies(n -> assertThat(n.text()).contains("rust en op tijd een pauze"));
    }

    @Test
    void maarBetweenAStrengthAndADeficitStillTurnsAway() {
        Reformulation out = engine.reformulate("Ze is vrolijk maar een beetje druk.", "haar taak afmaken", "Eva",
                Language.DUTCH);
        assertThat(out.strengths()).extracting(Reformulation.StrengthFinding::text).containsExactly("vrolijk");
        assertThat(out.deficits()).singleElement().satisfies(d -> assertThat(d.source()).doesNotContain("vrolijk"));
    }

    @Test
    void eerlijkGezegdHidesNoStrength() {
        Reformulation out = engine.reformulate("Eerlijk gezegd is hij erg behulpzaam en vrolijk.", "zijn werk afmaken",
                "Daan", Language.DUTCH);
        assertThat(out.strengths()).extracting(Reformulation.StrengthFinding::text).containsExactly("behulpzaam", "vrolijk");
    }

    @Test
    void aJoinedEnglishNeedKeepsItsTo() {
        Reformulation out = engine.reformulate("Sam needs short tasks and to move between tasks.", "finish his work", "Sam",
                Language.ENGLISH);
        assertThat(out.needs()).extracting(Reformulation.Need::text).anyMatch(t -> t.startsWith("Sam needs to move between tasks"));
    }

    @Test
    void aNoteWithoutGoalOrPupilIsReadAndAsksForTheGoal() {
        Reformulation out = engine.reformulate("Hij is erg druk.", null, null, Language.DUTCH);
        assertThat(out.needs()).isNotEmpty();
        assertThat(out.questions()).isNotEmpty();
    }

    @Test
    void aStatedNeedTakesTheCategoryOfTheWordItStartsWithOnATie() {
        Reformulation out = engine.reformulate("Pim werkt het best met een time-timer en een vinkje na elke stap.",
                "zijn taak afmaken", "Pim", Language.DUTCH);
        assertThat(out.needs()).singleElement().satisfies(n -> assertThat(n.category()).isEqualTo("tasks_environment"));
    }

    @Test
    void aSecondStatedNeedAfterARepeatedPrepositionIsWrittenWithoutIt() {
        Reformulation out = engine.reformulate(
                "Kaat is gebaat bij uitleg met plaatjes en bij feedback direct na elke stap.",
                "een proefje uitvoeren", "Kaat", Language.DUTCH);
        assertThat(out.needs()).extracting(Reformulation.Need::category).containsExactly("instruction", "feedback");
        assertThat(out.needs().get(1).text()).startsWith("Kaat heeft feedback direct na elke stap nodig");
    }

    @Test
    void whatTheTeacherWritesAboutThemselfAfterEnBecomesTheTeachersOwnNeed() {
        Reformulation out = engine.reformulate("Ze heeft ADHD en ik weet eerlijk gezegd niet wat ik moet doen.",
                "haar taak afmaken", "Milou", Language.DUTCH);
        assertThat(out.needs()).singleElement().satisfies(n -> {
            assertThat(n.category()).isEqualTo("teacher");
            assertThat(n.text()).startsWith("De leerkracht van Milou heeft").doesNotContain("heeft een leerkracht");
        });
    }

    @Test
    void aListAfterAStatedNeedGoesOnWithItAndRaisesNoDeficit() {
        Reformulation out = engine.reformulate(
                "Hidde heeft behoefte aan een vaste plek bij het raam, weg van de deur, een koptelefoon bij zelfstandig werken.",
                "een praktijkopdracht zelfstandig afronden", "Hidde", Language.DUTCH);
        assertThat(out.deficits()).isEmpty();
        // "weg van de deur" places the seat: part of that need, not one of its own
        assertThat(out.needs()).extracting(Reformulation.Need::source)
            .containsExactly("Hidde heeft behoefte aan een vaste plek bij het raam", "een koptelefoon bij zelfstandig werken");
        // deficit language in the list is still deficit language
        Reformulation mixed = engine.reformulate("Hidde heeft behoefte aan een vaste plek, snel afgeleid.",
                "een praktijkopdracht zelfstandig afronden", "Hidde", Language.DUTCH);
        assertThat(mixed.deficits()).extracting(Reformulation.DeficitFinding::source).containsExactly("snel afgeleid");
        // times, places and other people's needs are no need of the pupil's
        Reformulation timed = engine.reformulate(
                "Lotte heeft behoefte aan rust, twee keer per dag, een leerkracht die rustig blijft, duidelijke grenzen, "
                        + "zijn ouders aan meer contact.", "een praktijkopdracht zelfstandig afronden", "Lotte", Language.DUTCH);
        assertThat(timed.needs()).extracting(Reformulation.Need::text)
            .noneMatch(t -> t.contains("twee keer per dag nodig") || t.contains("zijn ouders aan"))
            .anyMatch(t -> t.startsWith("Lotte heeft duidelijke grenzen nodig"));
    }

    @Test
    void aVerbAfterEnBelongsToItsOwnConjunct() {
        // the first "en" joins two pupils, the second a clause: "… met autisme in | en ik krijg ze …"
        Reformulation out = engine.reformulate(
                "Er zitten drie leerlingen met ADHD en een met autisme in en ik krijg ze gewoon niet aan het werk.",
                "de klas werkt tien minuten zelfstandig", "", Language.DUTCH);
        assertThat(out.labels()).extracting(Reformulation.LabelFinding::label).containsExactly("ADHD", "autisme");
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source)
            .containsExactly("ik krijg ze gewoon niet aan het werk");
        assertThat(out.needs()).isNotEmpty().allSatisfy(n -> assertThat(n.category()).isEqualTo("teacher"));
    }

    @Test
    void inAReportAGuessWithoutDeficitLanguageIsAskedAboutButWritesNoNeedOnceThereAreEnough() {
        String guessed = "Op de Cito scoort hij rond het landelijk gemiddelde";
        Reformulation report = engine.reformulate("Liam zit in groep 5. Hij is erg druk en kletst de hele les. "
                + "Hij maakt vaak ruzie met klasgenoten. Hij vergeet steeds zijn gymtas. " + guessed + ".",
                "bij boosheid een time-out kaart gebruiken", "Liam", Language.DUTCH);
        assertThat(report.deficits()).extracting(Reformulation.DeficitFinding::source).contains(guessed);
        assertThat(report.questions()).anySatisfy(q -> assertThat(q).contains(guessed));
        assertThat(report.needs()).hasSizeGreaterThanOrEqualTo(4).noneMatch(n -> n.source().equals(guessed));
        // a short note keeps the guess in reserve as a need
        Reformulation note = engine.reformulate("Hij is erg druk en kletst de hele les. " + guessed + ".",
                "bij boosheid een time-out kaart gebruiken", "Liam", Language.DUTCH);
        assertThat(note.needs()).anyMatch(n -> n.source().equals(guessed));
    }

    @Test
    void aNegationReachesAcrossOfBetweenTwoAdjectivesOnly() {
        Reformulation denied = engine.reformulate("Zara is not lazy or defiant; she needs instructions one step at a time.",
                "follow a two-step instruction", "Zara", Language.ENGLISH);
        assertThat(denied.deficits()).isEmpty();
        Reformulation second = engine.reformulate("Zara zit niet stil of loopt weg.", "tien minuten aan haar taak werken",
                "Zara", Language.DUTCH);
        assertThat(second.deficits()).extracting(Reformulation.DeficitFinding::source).contains("loopt weg");
    }

    @Test
    void aPossessiveAfterPluralParentsIsThePupils() {
        Reformulation out = engine.reformulate("Ouders lezen nooit voor. Haar woordenschat is zwak.",
                "tien nieuwe woorden per week gebruiken", "Noor", Language.DUTCH);
        assertThat(out.deficits()).filteredOn(d -> d.source().startsWith("Haar woordenschat"))
            .singleElement().satisfies(d -> assertThat(d.category()).isEqualTo("instruction"));
        Reformulation busy = engine.reformulate("De ouders komen zelden op gesprek, zijn druk.",
                "tien nieuwe woorden per week gebruiken", "Noor", Language.DUTCH);
        assertThat(busy.deficits()).allSatisfy(d -> assertThat(d.category()).isEqualTo("parents"));
    }

    @Test
    void afterAParentSaysSomethingZeIsStillTheParent() {
        Reformulation out = engine.reformulate("Moeder zegt dat ze moe is. Ze is vaak boos op Anna.",
                "in de klas rustig beginnen", "Anna", Language.DUTCH);
        assertThat(out.deficits()).noneMatch(d -> d.rule().equals("woede"));
    }

    @Test
    void notOnlyIsNoNegation() {
        Reformulation out = engine.reformulate("Kees is niet alleen druk maar ook brutaal.", "tien minuten aan zijn taak werken",
                "Kees", Language.DUTCH);
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source).anyMatch(s -> s.contains("druk"));
        Reformulation en = engine.reformulate("Ben is not only rude but also aggressive.", "play a game by the rules",
                "Ben", Language.ENGLISH);
        assertThat(en.deficits()).isNotEmpty();
    }

    @Test
    void ofJoinsAlternativesAndAsks() {
        Reformulation asks = engine.reformulate("Ik weet niet of hij boos of verdrietig is.", "rustig blijven", "Sem",
                Language.DUTCH);
        assertThat(asks.deficits()).extracting(Reformulation.DeficitFinding::source)
            .noneMatch(s -> s.equals("verdrietig is"));
        Reformulation two = engine.reformulate("Kees is niet geconcentreerd of gemotiveerd en zit te kletsen.",
                "tien minuten aan zijn taak werken", "Kees", Language.DUTCH);
        assertThat(two.strengths()).isEmpty();
        assertThat(two.deficits()).extracting(Reformulation.DeficitFinding::source).contains("zit te kletsen");
    }

    @Test
    void aRunOfExamplesRaisesOnlyWhatARuleKnows() {
        Reformulation out = engine.reformulate(
                "Als het dagritme verandert, bijv. een juf die invalt of gym die uitvalt, raakt hij totaal overstuur.",
                "rustig blijven bij een verandering", "Finn", Language.DUTCH);
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source)
            .noneMatch(s -> s.contains("juf") || s.contains("uitvalt") || s.contains("invalt"));
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source).contains("raakt hij totaal overstuur");
        // an example is still read for what a rule knows; a sentence that opens with one is no aside
        Reformulation hitting = engine.reformulate("Ilse laat lastig gedrag zien, bijvoorbeeld slaan.",
                "in de pauze samen spelen", "Ilse", Language.DUTCH);
        assertThat(hitting.deficits()).filteredOn(d -> d.rule().equals("ruzie-met-kinderen"))
            .singleElement().satisfies(d -> assertThat(d.source()).isEqualTo("slaan"));
        Reformulation opening = engine.reformulate("Bijvoorbeeld bij rekenen geeft Ilse snel op.",
                "tien sommen zelfstandig maken", "Ilse", Language.DUTCH);
        assertThat(opening.deficits()).isNotEmpty();
    }

    @Test
    void aReportAlreadyInNeedsLanguageOnlyAsksAboutItsGuesses() {
        Reformulation out = engine.reformulate("Ilias zit in 4 vmbo en loopt stage bij een garage. "
                + "Hij is niet ongemotiveerd. Ilias heeft baat bij een schrijfopdracht in drie delen. "
                + "Zijn oom, bij wie hij woont, denkt graag mee.", "zijn stageverslag in delen inleveren", "Ilias",
                Language.DUTCH);
        assertThat(out.deficits()).isEmpty();
        assertThat(out.needs()).extracting(Reformulation.Need::source)
            .containsExactly("Ilias heeft baat bij een schrijfopdracht in drie delen");
        // a deficit in neutral words is not lost: the teacher is asked about it
        Reformulation throwing = engine.reformulate("Finn needs a visual timetable. He benefits from a buddy. "
                + "He runs out of the building at lunch. He is in Year 2.", "stay in class for the whole morning", "Finn",
                Language.ENGLISH);
        assertThat(throwing.questions()).anySatisfy(q -> assertThat(q).contains("runs out of the building"));
    }

    @Test
    void aListItemOfSomeoneElseIsNoNeedOfThePupilAndAnArticleKeepsAnItemTogether() {
        Reformulation other = engine.reformulate("Lotte heeft behoefte aan rust, haar moeder ook.",
                "zelfstandig een werkstuk maken", "Lotte", Language.DUTCH);
        assertThat(other.needs()).extracting(Reformulation.Need::text).noneMatch(t -> t.contains("moeder"));
        Reformulation seat = engine.reformulate("Jack needs quiet, a buddy, a fixed seat.", "finish a worksheet",
                "Jack", Language.ENGLISH);
        assertThat(seat.deficits()).isEmpty();
        assertThat(seat.needs()).extracting(Reformulation.Need::source).contains("a fixed seat");
    }

    @Test
    void anExampleRunGoesOnAcrossCommasAndIsAboutThePupilItNames() {
        Reformulation list = engine.reformulate("Hij heeft moeite met veel dingen, zoals plannen, rekenen en samenwerken.",
                "zijn weektaak afmaken", "Sem", Language.DUTCH);
        assertThat(list.deficits()).extracting(Reformulation.DeficitFinding::source)
            .noneMatch(s -> s.startsWith("rekenen"));
        Reformulation named = engine.reformulate("Moeder vertelt dat het thuis moeilijk gaat, bijvoorbeeld dat Sem vaak huilt.",
                "rustig de dag beginnen", "Sem", Language.DUTCH);
        assertThat(named.deficits()).anySatisfy(d -> assertThat(d.category()).isNotEqualTo("parents"));
    }

    @Test
    void aNeedWithItsNodigInsideSaysNodigOnce() {
        Reformulation out = engine.reformulate("Lotte heeft ondersteuning nodig bij lezen.", "een boek uitlezen",
                "Lotte", Language.DUTCH);
        assertThat(out.needs()).singleElement()
            .satisfies(n -> assertThat(n.text()).startsWith("Lotte heeft ondersteuning bij lezen nodig om"));
    }

    @Test
    void aReportsScoresAreFactsAndAHeldGuessCarriesNothingToTheNextClause() {
        Reformulation out = engine.reformulate("Zoë (10) zit in groep 7. Cito M7: rekenen II, begrijpend lezen I, spelling III. "
                + "Ze heeft behoefte aan een weekplanner met afvinkvakjes. Ze is sociaal en creatief.",
                "haar weektaak zelf inplannen", "Zoë", Language.DUTCH);
        assertThat(out.deficits()).isEmpty();
        assertThat(out.needs()).extracting(Reformulation.Need::source)
            .containsExactly("Ze heeft behoefte aan een weekplanner met afvinkvakjes");
    }

    @Test
    void theTeachersSecondVerbAfterEnWithoutIkIsASecondClause() {
        Reformulation out = engine.reformulate("Ik krijg de groep niet stil na de pauze en sta dan te schreeuwen.",
                "na de pauze rustig beginnen", "", Language.DUTCH);
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::source)
            .containsExactly("Ik krijg de groep niet stil na de pauze", "sta dan te schreeuwen");
        Reformulation twice = engine.reformulate("Ik ben te ongeduldig met de trage rekenaars en leg het dan te snel uit.",
                "na de pauze rustig beginnen", "", Language.DUTCH);
        assertThat(twice.deficits()).extracting(Reformulation.DeficitFinding::source)
            .contains("leg het dan te snel uit");
        // a noun that is also a first person form stays in its list: "rust en werk"
        Reformulation need = engine.reformulate("Ik heb rust en werk nodig.", "na de pauze rustig beginnen", "",
                Language.DUTCH);
        assertThat(need.needs()).singleElement().satisfies(n -> assertThat(n.source()).isEqualTo("Ik heb rust en werk nodig"));
    }

    @Test
    void anEnglishHyphenatedWordIsOneDeficit() {
        Reformulation out = engine.reformulate("Sophie has low self-esteem.", "read a story aloud", "Sophie",
                Language.ENGLISH);
        assertThat(out.deficits()).singleElement().satisfies(d -> assertThat(d.source()).contains("self-esteem"));
    }

    @Test
    void aClauseThatOpensWithItsVerbIsStillAboutThePupil() {
        Reformulation out = engine.reformulate("Boaz is onrustig en stoort de klas met zijn geluiden.",
                "zijn toets in één keer afmaken", "Boaz", Language.DUTCH);
        assertThat(out.needs()).isNotEmpty().allSatisfy(n -> assertThat(n.text()).startsWith("Boaz heeft"));
    }

    @Test
    void aGroupAfterAPrepositionIsNoSubject() {
        Reformulation out = engine.reformulate("Esra leest in groep 6 nog heel langzaam. Ze wordt uitgelachen.",
                "elke dag tien minuten hardop lezen", "Esra", Language.DUTCH);
        assertThat(out.needs()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(n -> assertThat(n.text()).doesNotStartWith("De groep van"));
    }

    @Test
    void aPossessiveThatCanBeAVerbStillOpensASubject() {
        Reformulation out = engine.reformulate("Milan is vergeetachtig en zijn ouders kijken nooit in zijn agenda.",
                "elke dag zijn agenda meenemen", "Milan", Language.DUTCH);
        assertThat(out.needs()).extracting(Reformulation.Need::category).contains("parents");
    }

    @Test
    void aStrengthKeepsWhatItDescribes() {
        Reformulation out = engine.reformulate("Kiki kan niet tegen verlies. Ze is een energieke teamspeler bij korfbal, "
                + "behulpzaam en vrolijk.", "een spel uitspelen", "Kiki", Language.DUTCH);
        assertThat(out.strengths()).extracting(Reformulation.StrengthFinding::text)
            .contains("energieke teamspeler bij korfbal", "behulpzaam", "vrolijk");
    }

    @Test
    void aStrengthWhoseSubjectIsASubjectOfSchoolKeepsIt() {
        Reformulation out = engine.reformulate("Lezen gaat juist heel goed.", "een boek uitlezen", "Fenna",
                Language.DUTCH);
        assertThat(out.strengths()).extracting(Reformulation.StrengthFinding::text).containsExactly("Lezen gaat juist heel goed");
    }

    @Test
    void aPhraseWithANegationBetweenItsWordsIsNoStrength() {
        Reformulation out = engine.reformulate("Ze begrijpt de taal in de opgaven niet goed.", "verhaalsommen oplossen",
                "Zeynep", Language.DUTCH);
        assertThat(out.strengths()).isEmpty();
    }

    @Test
    void ookNietEndsTheClauseItStandsIn() {
        Reformulation out = engine.reformulate("Ze oefent thuis ook niet.", "de tafels opzeggen", "Zara", Language.DUTCH);
        assertThat(out.deficits()).singleElement().satisfies(d -> assertThat(d.source()).isEqualTo("Ze oefent thuis ook niet"));
    }

    @Test
    void aRelativeClauseIsAboutItsAntecedent() {
        Reformulation out = engine.reformulate("Siem woont bij opa en oma, die moeite hebben met de schoolapp.",
                "zijn gymtas meenemen", "Siem", Language.DUTCH);
        assertThat(out.needs()).extracting(Reformulation.Need::category).contains("parents");
    }

    @Test
    void zeAfterReportedSpeechAboutThePupilIsThePupil() {
        Reformulation out = engine.reformulate("Moeder geeft aan dat Naima thuis alleen maar op haar telefoon zit. "
                + "Op school is ze moe en lusteloos.", "actief meedoen in de kring", "Naima", Language.DUTCH);
        assertThat(out.needs()).filteredOn(n -> n.source().startsWith("Op school"))
            .isNotEmpty().noneMatch(n -> n.category().equals("parents"));
    }

    @Test
    void aFrontedSubordinateClauseDoesNotHoldTheSubject() {
        Reformulation out = engine.reformulate("Sinds vader is vertrokken is hij in de klas snel afgeleid.",
                "zijn taak afmaken", "Luca", Language.DUTCH);
        assertThat(out.deficits()).singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("concentratie"));
    }

    @Test
    void whoSaidItIsNoDeficit() {
        Reformulation out = engine.reformulate("Zoë krijgt thuis weinig aandacht, vertelt moeder.", "samen spelen", "Zoë",
                Language.DUTCH);
        assertThat(out.deficits()).noneMatch(d -> d.source().equals("vertelt moeder"));
    }

    @Test
    void praiseIsNoDeficit() {
        for (String praise : List.of("Haar concentratie is prima.", "Mooi handschrift.", "Hij komt altijd op tijd.",
                "Zijn gedrag in de klas is voorbeeldig.", "Ze helpt graag bij het fruit uitdelen.")) {
            Reformulation out = engine.reformulate(praise, "rustig werken", "Sam", Language.DUTCH);
            assertThat(out.needs()).as(praise).isEmpty();
        }
    }

    @Test
    void aNounThatSumsThePupilUpIsAskedAboutWhenNothingElseIsFound() {
        Reformulation out = engine.reformulate("Bram is een echte ramptoerist in de gymzaal.", "meedoen met het spel",
                "Bram", Language.DUTCH);
        assertThat(out.deficits()).singleElement().satisfies(d -> assertThat(d.source()).contains("ramptoerist"));
        assertThat(out.questions()).isNotEmpty();
        assertThat(engine.reformulate("Bram is een jongen van acht.", "meedoen met het spel", "Bram", Language.DUTCH)
            .deficits()).isEmpty();
    }

    @Test
    void aProblemThatIsOverIsNoDeficit() {
        assertThat(engine.reformulate("Zijn achterstand in spelling is ingehaald.", "een dictee schrijven", "Sem",
                Language.DUTCH).deficits()).isEmpty();
        assertThat(engine.reformulate("Zijn achterstand in spelling is nog niet ingehaald.", "een dictee schrijven", "Sem",
                Language.DUTCH).deficits()).isNotEmpty();
    }

    @Test
    void aPersonWhoHelpsIsNoStatedNeedButAThingIs() {
        assertThat(engine.reformulate("Sanne helpt klasgenoten als ze klaar is met haar werk.", "rustig werken", "Sanne",
                Language.DUTCH).needs()).isEmpty();
        assertThat(engine.reformulate("Een time-timer helpt hem om te starten.", "rustig werken", "Sem", Language.DUTCH)
            .needs()).singleElement().satisfies(n -> assertThat(n.text()).startsWith("Sem heeft een time-timer nodig"));
    }

    @Test
    void zeWithASingularVerbAfterThePluralParentsIsThePupil() {
        Reformulation out = engine.reformulate("Ouders reageren niet op berichten. In de loop van de ochtend wordt ze moe.",
                "de ochtend doorkomen", "Hiba", Language.DUTCH);
        assertThat(out.deficits()).extracting(Reformulation.DeficitFinding::rule).contains("moe");
    }

    @Test
    void theMainClauseAfterAFrontedClauseIsAboutItsOwnSubject() {
        assertThat(engine.reformulate("Sinds zijn ouders gescheiden zijn, is hij vaak boos.", "rustig blijven", "Kim",
                Language.DUTCH).deficits()).extracting(Reformulation.DeficitFinding::rule).contains("woede");
        assertThat(engine.reformulate("Ik zie in de groep dat Kim vaak alleen speelt.", "samen spelen", "Kim",
                Language.DUTCH).needs()).isNotEmpty().allSatisfy(n -> assertThat(n.text()).startsWith("Kim heeft"));
    }

    @Test
    void theyAfterParentsStaysWithTheParents() {
        Reformulation out = engine.reformulate("His parents never come to meetings. They do not answer emails either.",
                "hand in his homework", "Tom", Language.ENGLISH);
        assertThat(out.needs()).isNotEmpty().allSatisfy(n -> assertThat(n.category()).isEqualTo("parents"));
    }

    @Test
    void whatAPupilHasIsNoPartOfAStrength() {
        Reformulation out = engine.reformulate("Kim is een slimme jongen met concentratieproblemen.", "zijn taak afmaken",
                "Kim", Language.DUTCH);
        assertThat(out.strengths()).extracting(Reformulation.StrengthFinding::text).containsExactly("slimme jongen");
        assertThat(out.deficits()).isNotEmpty();
    }

    @Test
    void aLineThatStartsWithAnAbbreviationIsRead() {
        assertThat(engine.reformulate("juf. is fouten.als.", "", "", Language.DUTCH)).isNotNull();
    }
}
