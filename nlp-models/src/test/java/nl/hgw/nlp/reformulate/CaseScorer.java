package nl.hgw.nlp.reformulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks of {@code shared/hgw/score.py}, in Java, so that the project's own corpus is scored
 * the same way without the shared folder: a case passes when every check passes; a set scores 0
 * when fewer than half of its needs differ once the pupil and the goal are taken out.
 */
final class CaseScorer {

    static final double MIN_DISTINCT = 0.5;

    private static final Pattern NEEDS_NL = Pattern.compile("\\b(nodig|behoefte|gebaat|helpt|heeft baat)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern NEEDS_EN = Pattern.compile("\\b(needs?|benefits?|helped|helps)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Set<String> STOP = new HashSet<>(List.of(("de het een en van voor met naar om aan op in te bij zijn haar hun "
            + "zich die dat deze als ook nog wel niet geen elke iedere alle the a an and of for with to at on in his her "
            + "their they them every each all").split(" ")));

    private static final Set<String> CATEGORIES = Set.of("instruction", "tasks_environment", "feedback", "teacher",
            "peers", "parents");

    private static final Pattern WORD = Pattern.compile("[\\wëéïöüè-]+", Pattern.UNICODE_CHARACTER_CLASS);

    private CaseScorer() {
    }

    /** The checks that failed for one case (empty when it passes), each with a short detail. */
    static List<String> failures(JsonNode c, Reformulation out) {
        List<String> fails = new ArrayList<>();
        List<String> texts = out.needs().stream().map(Reformulation.Need::text).toList();
        List<String> labels = out.labels().stream().map(l -> norm(l.label())).toList();
        String locale = c.path("locale").asText("nl");
        if (!out.locale().startsWith(locale)) {
            fails.add("locale " + out.locale());
        }
        for (JsonNode group : c.path("labels")) {
            boolean ok = false;
            for (String alt : group.asText().toLowerCase(Locale.ROOT).split("\\|")) {
                for (String l : labels) {
                    ok |= l.contains(alt) || (!l.isEmpty() && alt.contains(l));
                }
            }
            if (!ok) {
                fails.add("labels_found " + group.asText() + " in " + labels);
            }
        }
        if (c.path("clean").asBoolean(false)) {
            if (!labels.isEmpty()) {
                fails.add("clean_no_labels " + labels);
            }
            if (!out.deficits().isEmpty()) {
                fails.add("clean_no_deficits " + out.deficits());
            }
        }
        for (String t : texts) {
            for (JsonNode w : c.path("forbidden")) {
                if (containsTerm(t, w.asText())) {
                    fails.add("no_forbidden_words '" + w.asText() + "' in: " + t);
                }
            }
        }
        Set<String> cats = new HashSet<>();
        out.needs().forEach(n -> cats.add(n.category()));
        if (!CATEGORIES.containsAll(cats)) {
            fails.add("known_categories " + cats);
        }
        Set<String> relevant = new HashSet<>();
        for (JsonNode group : c.path("expect")) {
            Set<String> g = new HashSet<>();
            group.forEach(x -> g.add(x.asText()));
            relevant.addAll(g);
            if (g.stream().noneMatch(cats::contains)) {
                fails.add("category_covered " + g + " vs " + cats);
            }
        }
        if (relevant.isEmpty()) {
            relevant.addAll(CATEGORIES);
        }
        if (texts.size() < c.path("min_needs").asInt(1)) {
            fails.add("min_needs " + texts.size());
        }
        long onTopic = out.needs().stream().filter(n -> relevant.contains(n.category())).count();
        if (!texts.isEmpty() && 2 * onTopic < texts.size()) {
            fails.add("categories_relevant " + cats + " vs " + relevant);
        }
        Set<String> labelForms = new HashSet<>();
        c.path("labels").forEach(g -> labelForms.addAll(List.of(g.asText().toLowerCase(Locale.ROOT).split("\\|"))));
        List<String> cues = new ArrayList<>();
        if (c.path("cues").size() > 0) {
            c.path("cues").forEach(x -> cues.add(x.asText()));
        }
        else {
            c.path("forbidden").forEach(x -> {
                if (!labelForms.contains(x.asText().toLowerCase(Locale.ROOT))) {
                    cues.add(x.asText());
                }
            });
        }
        List<String> spans = new ArrayList<>();
        out.deficits().forEach(d -> spans.add(norm(d.source())));
        out.needs().forEach(n -> spans.add(norm(n.source())));
        for (String cue : cues) {
            if (spans.stream().noneMatch(s -> s.contains(cue.toLowerCase(Locale.ROOT)))) {
                fails.add("deficit_found '" + cue + "'");
            }
        }
        if (texts.size() > 2 * c.path("expect").size() + 2) {
            fails.add("not_too_many_needs " + texts.size());
        }
        Pattern lang = "en".equals(locale) ? NEEDS_EN : NEEDS_NL;
        if (texts.isEmpty() || texts.stream().anyMatch(t -> !lang.matcher(t).find())) {
            fails.add("needs_language " + texts);
        }
        List<String> goalWords = goalWords(c.path("goal").asText(""));
        if (!goalWords.isEmpty()) {
            for (String t : texts) {
                if (goalWords.stream().noneMatch(w -> t.toLowerCase(Locale.ROOT).contains(w))) {
                    fails.add("goal_linked: " + t);
                }
            }
            if (texts.isEmpty()) {
                fails.add("goal_linked (no needs)");
            }
        }
        String pupil = c.path("pupil").asText("");
        if (!pupil.isEmpty() && !pupil.toLowerCase(Locale.ROOT).startsWith("groep")) {
            for (String t : texts) {
                if (!t.toLowerCase(Locale.ROOT).contains(pupil.toLowerCase(Locale.ROOT))) {
                    fails.add("pupil_named: " + t);
                }
            }
        }
        String src = norm(c.path("text").asText());
        if (out.needs().isEmpty()) {
            fails.add("sources_traceable (no needs)");
        }
        for (Reformulation.Need n : out.needs()) {
            if (n.source() == null || n.source().isBlank() || !src.contains(norm(n.source()))) {
                fails.add("sources_traceable '" + n.source() + "'");
            }
        }
        for (JsonNode s : c.path("strengths")) {
            boolean found = false;
            for (String alt : s.asText().split("\\|")) {
                for (Reformulation.StrengthFinding f : out.strengths()) {
                    found |= containsTerm(norm(f.text()), alt);
                }
            }
            if (!found) {
                fails.add("strength_kept " + s.asText());
            }
        }
        return fails;
    }

    /** A need without the pupil's name, the goal's words and punctuation: what was actually proposed. */
    static String needCore(JsonNode c, String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(c.path("pupil").asText("").toLowerCase(Locale.ROOT), " ");
        Set<String> drop = new HashSet<>(STOP);
        Matcher g = WORD.matcher(c.path("goal").asText("").toLowerCase(Locale.ROOT));
        while (g.find()) {
            drop.add(g.group());
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            if (!drop.contains(m.group())) {
                words.add(m.group());
            }
        }
        return String.join(" ", words);
    }

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static boolean containsTerm(String text, String term) {
        return Pattern
            .compile("(?<!\\w)" + Pattern.quote(term.toLowerCase(Locale.ROOT)) + "(?!\\w)",
                    Pattern.UNICODE_CHARACTER_CLASS)
            .matcher(text.toLowerCase(Locale.ROOT))
            .find();
    }

    private static List<String> goalWords(String goal) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(goal.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() >= 5 && !STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

}
