package nl.hgw.nlp.reformulate;

import java.util.Locale;

/** Tidies a goal as typed: trims it, drops a final full stop and a leading "om"/"to". */
final class GoalText {

    private GoalText() {
    }

    static String clean(String goal, String leadingWord) {
        if (goal == null) {
            return "";
        }
        if (goal.codePoints().noneMatch(Character::isLetter)) {
            return "";
        }
        String g = goal.strip().replaceAll("\\s+", " ").replaceFirst("^[\\p{Punct}\\s]+", "");
        while (g.endsWith(".") || g.endsWith("!")) {
            g = g.substring(0, g.length() - 1).strip();
        }
        if (g.toLowerCase(Locale.ROOT).startsWith(leadingWord)) {
            g = g.substring(leadingWord.length()).strip();
        }
        return g;
    }

}
