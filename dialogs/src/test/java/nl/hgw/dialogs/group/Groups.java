package nl.hgw.dialogs.group;

import java.util.ArrayList;
import java.util.List;
import nl.hgw.dialogs.pupil.PlannedNeed;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.Reach;
import nl.hgw.dialogs.pupil.SupportKind;
import nl.hgw.dialogs.pupil.TeacherSupport;
import nl.hgw.nlp.Category;

/**
 * A group of 27 pupils with known shared needs, worded differently from pupil to pupil (as the
 * engine and teachers write them):
 * <ul>
 * <li>{@link #INTENSIVE}: extended instruction at the instruction table, chosen "subgroep intensief";
 * four of them also need short instruction with a picture, kept for themselves.</li>
 * <li>{@link #DEEPENED}: challenging tasks they choose themselves, "subgroep verdiept".</li>
 * <li>{@link #EARRING}: two pupils with two needs no one else has.</li>
 * <li>the rest: a quiet workplace, as the teacher wrote it, for the whole group.</li>
 * </ul>
 */
final class Groups {

    static final String GOAL = "de rekenles zelfstandig afmaken";

    static final List<String> INTENSIVE = List.of("Bram", "Cas", "Daan", "Eva", "Fleur", "Gijs");

    static final List<String> DEEPENED = List.of("Hanna", "Isa", "Jesse", "Kiki", "Lars");

    static final List<String> EARRING = List.of("Mila", "Noah");

    static final List<String> REST = List.of("Anna", "Olivier", "Puck", "Quinten", "Roos", "Sem", "Tess", "Uma",
        "Vince", "Wes", "Xander", "Yara", "Zoë", "Amira");

    private Groups() {
    }

    static List<PupilPlan> pupils() {
        List<PupilPlan> pupils = new ArrayList<>();
        String[] extended = {"verlengde instructie aan de instructietafel", "een verlengde instructie aan de instructietafel",
            "verlengde instructie aan de instructietafel"};
        String[] picture = {"korte instructie met een plaatje", "een korte instructie met plaatjes"};
        for (int i = 0; i < INTENSIVE.size(); i++) {
            String name = INTENSIVE.get(i);
            List<PlannedNeed> needs = new ArrayList<>();
            needs.add(need(Category.INSTRUCTION, name, extended[i % extended.length], Reach.SUBGROUP_INTENSIVE));
            if (i < 4) {
                needs.add(need(Category.INSTRUCTION, name, picture[i % picture.length], Reach.INDIVIDUAL));
            }
            pupils.add(plan(name, needs));
        }
        String[] challenge = {"uitdagende opdrachten waarin hij zelf mag kiezen", "uitdagende opdrachten waarin zij zelf mag kiezen"};
        for (int i = 0; i < DEEPENED.size(); i++) {
            String name = DEEPENED.get(i);
            pupils.add(plan(name, List.of(need(Category.TASKS_ENVIRONMENT, name, challenge[i % 2], Reach.SUBGROUP_DEEPENED))));
        }
        pupils.add(plan("Mila", List.of(
            need(Category.PARENTS, "Mila", "ouders die elke ochtend een briefje met de planning krijgen", Reach.INDIVIDUAL),
            need(Category.PEERS, "Mila", "een maatje dat haar in de pauze meeneemt naar het voetbalveld", Reach.INDIVIDUAL),
            need(Category.TEACHER, "Mila", "een leraar die haar elke ochtend bij de deur begroet", Reach.INDIVIDUAL))));
        pupils.add(plan("Noah", List.of(
            need(Category.FEEDBACK, "Noah", "feedback direct na elke stap met een duim", Reach.INDIVIDUAL),
            need(Category.TASKS_ENVIRONMENT, "Noah", "een koptelefoon tegen het lawaai in de klas", Reach.INDIVIDUAL))));
        String[] quiet = {"een rustige werkplek", "een rustige werkplek zonder afleiding", "rustige werkplekken"};
        for (int i = 0; i < REST.size(); i++) {
            String name = REST.get(i);
            pupils.add(plan(name, List.of(need(Category.TASKS_ENVIRONMENT, name, quiet[i % quiet.length],
                i % 2 == 0 ? Reach.WHOLE_GROUP : Reach.INDIVIDUAL))));
        }
        return pupils;
    }

    static PlannedNeed need(Category category, String pupil, String what, Reach reach) {
        return new PlannedNeed(category, pupil + " heeft " + what + " nodig om " + GOAL + ".", reach);
    }

    static PupilPlan plan(String name, List<PlannedNeed> needs) {
        return PupilPlan.of(name, GOAL, needs, List.of("behulpzaam"),
            new TeacherSupport(List.of(SupportKind.values()[0]), "een collega die twintig minuten de groep overneemt"));
    }
}
