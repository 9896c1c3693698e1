package nl.hgw.nlp.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.hgw.nlp.Category;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.reformulate.Reformulation;
import nl.hgw.nlp.reformulate.Reformulator;

/**
 * Reformulates a whole report paragraph by paragraph. The goal is the one given; without one,
 * each paragraph serves the goal the report stated last before it ("Doel: …"), or the first it
 * states. The pupil is the one given, else the one the report names ("Naam: …"), else the
 * engine finds the subject itself. Thread-safe, like the engine.
 */
public final class ReportReformulator {

    private final Reformulator engine;

    private final Map<Language, ReportHeadings> headings = new EnumMap<>(Language.class);

    public ReportReformulator(Reformulator engine) {
        this.engine = engine;
        for (Language language : Language.values()) {
            headings.put(language, ReportHeadings.load(language));
        }
    }

    /** The goals and pupil a report states, without reformulating it (to ask only what is missing). */
    public Stated stated(List<String> paragraphs, Language language) {
        List<String> goals = new ArrayList<>();
        String pupil = "";
        for (String paragraph : paragraphs) {
            Optional<ReportHeadings.Stated> stated = headings.get(language).read(paragraph);
            if (stated.isPresent() && stated.get().field() == ReportHeadings.Field.GOAL) {
                goals.add(stated.get().value());
            } else if (stated.isPresent() && pupil.isEmpty()) {
                pupil = stated.get().value();
            }
        }
        return new Stated(List.copyOf(goals), pupil);
    }

    /** What a report says of itself: its goals in order, and its pupil (empty if it names none). */
    public record Stated(List<String> goals, String pupil) {
    }

    /**
     * @param paragraphs the report, as {@link Paragraphs#split} or a document reader gives it
     * @param goal       the goal for every paragraph; blank to use the goals the report states
     * @param pupil      the pupil; blank to use the one the report names
     */
    public ReportReformulation reformulate(List<String> paragraphs, String goal, String pupil, Language language) {
        Stated stated = stated(paragraphs, language);
        boolean goalGiven = goal != null && !goal.isBlank();
        String who = pupil != null && !pupil.isBlank() ? pupil.strip() : stated.pupil();
        String inForce = goalGiven ? goal.strip() : stated.goals().isEmpty() ? "" : stated.goals().get(0);
        List<ReportReformulation.Paragraph> read = new ArrayList<>();
        int number = 0;
        for (String paragraph : paragraphs) {
            number++;
            Optional<ReportHeadings.Stated> heading = headings.get(language).read(paragraph);
            if (heading.isPresent()) {
                boolean isGoal = heading.get().field() == ReportHeadings.Field.GOAL;
                if (isGoal && !goalGiven) {
                    inForce = heading.get().value();
                }
                read.add(new ReportReformulation.Paragraph(number, paragraph,
                        isGoal ? ReportReformulation.Paragraph.GOAL : ReportReformulation.Paragraph.PUPIL, inForce, null));
                continue;
            }
            read.add(new ReportReformulation.Paragraph(number, paragraph, ReportReformulation.Paragraph.TEXT, inForce,
                    engine.reformulate(paragraph, inForce, who, language)));
        }
        List<String> goals = goalGiven ? List.of(goal.strip()) : stated.goals();
        return gather(language, who, goals, !goalGiven && !goals.isEmpty(), read);
    }

    private static ReportReformulation gather(Language language, String pupil, List<String> goals, boolean goalStated,
            List<ReportReformulation.Paragraph> paragraphs) {
        Map<String, List<Reformulation.Need>> needs = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            needs.put(category.id(), new ArrayList<>());
        }
        Set<String> needTexts = new LinkedHashSet<>();
        Map<String, Reformulation.LabelFinding> labels = new LinkedHashMap<>();
        Set<String> strengths = new LinkedHashSet<>();
        Set<String> questions = new LinkedHashSet<>();
        int deficits = 0;
        for (ReportReformulation.Paragraph paragraph : paragraphs) {
            Reformulation r = paragraph.reformulation();
            if (r == null) {
                continue;
            }
            deficits += r.deficits().size();
            for (Reformulation.Need need : r.needs()) {
                if (needTexts.add(need.text())) {
                    needs.computeIfAbsent(need.category(), id -> new ArrayList<>()).add(need);
                }
            }
            r.labels().forEach(label -> labels.putIfAbsent(label.label(), label));
            r.strengths().forEach(strength -> strengths.add(strength.text()));
            questions.addAll(r.questions());
        }
        needs.values().removeIf(List::isEmpty);
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        needs.forEach((category, list) -> perCategory.put(category, list.size()));
        Map<String, List<Reformulation.Need>> frozen = new LinkedHashMap<>();
        needs.forEach((category, list) -> frozen.put(category, List.copyOf(list)));
        var summary = new ReportReformulation.Summary(paragraphs.size(), labels.size(), deficits, needTexts.size(),
                perCategory, strengths.size(), questions.size());
        return new ReportReformulation(language.code(), pupil, goals, goalStated, List.copyOf(paragraphs),
                java.util.Collections.unmodifiableMap(frozen), List.copyOf(labels.values()), List.copyOf(strengths),
                List.copyOf(questions), summary);
    }
}
