package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.Role;
import nl.hgw.nlp.lexicon.DeficitRule;
import nl.hgw.nlp.lexicon.RuleExample;

/**
 * Runs the example sentences that rule files carry, as LanguageTool runs its rule files: an
 * {@code example} must make its rule fire, a {@code counter} must not, and every need written for
 * either is positive (no negation) and never repeats a label. The build runs every built-in
 * example ({@code RuleExamplesTest}); the start-up runs a school's own with the built-in ones
 * ({@link Reformulator#load(nl.hgw.nlp.lexicon.SchoolLexicon)}).
 */
public final class RuleExamples {

    /** The goal every example is reformulated against (a need needs one). */
    private static final String GOAL_NL = "de les goed volgen";

    private static final String GOAL_EN = "follow the lesson well";

    /** Words that make a need negative; already-needs language is the teacher's own and exempt. */
    private static final List<String> NEGATIONS = List.of("niet", "geen", "nooit", "not", "never", "no");

    private final Reformulator engine;

    public RuleExamples(Reformulator engine) {
        this.engine = engine;
    }

    /** Every example of the language that {@code which} selects and that does not hold, as "file:line: why". */
    public List<String> failures(Language language, Predicate<RuleExample> which) {
        List<String> failures = new ArrayList<>();
        for (RuleExample example : this.engine.lexicon(language).examples()) {
            if (which.test(example)) {
                problem(language, example).ifPresent(p -> failures.add(example.where() + ": " + p));
            }
        }
        return failures;
    }

    /** Why the example does not hold (one line, without its place), or empty when it holds. */
    public Optional<String> problem(Language language, RuleExample example) {
        Reformulation out = this.engine.reformulate(example.text(),
                language == Language.DUTCH ? GOAL_NL : GOAL_EN, "", language);
        boolean fired = fired(language, example, out);
        if (fired != example.positive()) {
            return Optional.of(example.positive() ? missed(language, example, out) : falseAlarm(language, example, out));
        }
        for (Reformulation.Need need : out.needs()) {
            String lower = need.text().toLowerCase(Locale.ROOT);
            for (Reformulation.LabelFinding label : out.labels()) {
                if (lower.contains(label.label().toLowerCase(Locale.ROOT))) {
                    return Optional.of("the need \"" + need.text() + "\" written for \"" + example.text()
                            + "\" repeats the label '" + label.label() + "'");
                }
            }
            if (!need.rule().startsWith("needs:")) {
                List<String> words = List.of(lower.split("[^\\p{L}']+"));
                for (String negation : NEGATIONS) {
                    if (words.contains(negation)) {
                        return Optional.of("the need \"" + need.text() + "\" written for \"" + example.text()
                                + "\" is not written positively ('" + negation + "')");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean fired(Language language, RuleExample example, Reformulation out) {
        String id = example.ruleId();
        return switch (example.kind()) {
            case "deficit" -> out.deficits().stream().anyMatch(d -> d.rule().equals(id));
            case "label" -> !out.labels().isEmpty();
            case "strength" -> !out.strengths().isEmpty();
            case "needs" -> out.needs().stream().anyMatch(n -> n.rule().equals("needs:" + id)) && out.deficits().isEmpty();
            case "role" -> Role.fromId(id).orElse(null) == this.engine.roleOf(example.text(), language);
            default -> true;
        };
    }

    private String missed(Language language, RuleExample example, Reformulation out) {
        String what = switch (example.kind()) {
            case "deficit" -> "does not fire deficit '" + example.ruleId() + "'";
            case "label" -> "raises no label";
            case "strength" -> "keeps no strength";
            case "needs" -> "is not read as already-needs language by '" + example.ruleId() + "'";
            case "role" -> "is not read as about the " + example.ruleId() + " but as about the "
                    + roleId(this.engine.roleOf(example.text(), language));
            default -> "does not hold";
        };
        return "example \"" + example.text() + "\" " + what + "; " + found(language, out);
    }

    private String falseAlarm(Language language, RuleExample example, Reformulation out) {
        String what = switch (example.kind()) {
            case "deficit" -> "fires deficit '" + example.ruleId() + "'";
            case "label" -> "raises a label";
            case "strength" -> "keeps a strength";
            case "needs" -> "is read as already-needs language by '" + example.ruleId() + "'";
            case "role" -> "is read as about the " + example.ruleId();
            default -> "holds";
        };
        return "counter \"" + example.text() + "\" " + what + "; " + found(language, out);
    }

    /** What the engine did find, with the place of each rule, so the entry that got in the way is known. */
    private String found(Language language, Reformulation out) {
        List<String> found = new ArrayList<>();
        out.labels().forEach(l -> found.add("label '" + l.label() + "'"));
        for (Reformulation.DeficitFinding d : out.deficits()) {
            found.add(this.engine.lexicon(language)
                .deficits()
                .stream()
                .filter(r -> r.id().equals(d.rule()))
                .findFirst()
                .map(DeficitRule::where)
                .map(where -> "deficit '" + d.rule() + "' (" + where + ")")
                .orElse("no rule, the classifier placed \"" + d.source() + "\" in " + d.category()));
        }
        out.strengths().forEach(s -> found.add("strength '" + s.text() + "'"));
        out.needs()
            .stream()
            .filter(n -> n.rule().startsWith("needs:"))
            .forEach(n -> found.add("already-needs language '" + n.rule().substring("needs:".length()) + "'"));
        return found.isEmpty() ? "the engine found nothing" : "found " + found.stream().collect(Collectors.joining(", "));
    }

    private static String roleId(Role role) {
        return role == null ? "nobody" : role.id();
    }

}
