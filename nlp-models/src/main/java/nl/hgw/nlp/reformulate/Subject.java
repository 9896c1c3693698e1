package nl.hgw.nlp.reformulate;

import java.util.Locale;

import nl.hgw.nlp.Role;
import nl.hgw.nlp.lexicon.Lexicon;

/**
 * Who a need is written for, as the teacher named them: a pupil ("Joost", "J."), a group ("groep
 * 3"), or nobody in particular. Gives the words that start a need sentence for each role.
 */
final class Subject {

    private final String name;

    private final boolean group;

    private final Lexicon lexicon;

    private Subject(String name, boolean group, Lexicon lexicon) {
        this.name = name;
        this.group = group;
        this.lexicon = lexicon;
    }

    static Subject of(String pupil, Lexicon lexicon) {
        String name = pupil == null || pupil.codePoints().noneMatch(Character::isLetter) ? "" : pupil.strip();
        String first = name.isEmpty() ? "" : name.split("\\s+")[0].toLowerCase(Locale.ROOT);
        boolean group = !first.isEmpty() && lexicon.set("group_name").matchesLoneWord(first);
        return new Subject(name, group, lexicon);
    }

    String name() {
        return this.name;
    }

    /** True when the token is (a part of) the pupil's name: "Anne" of "Anne Sophie", "Lief". */
    boolean isName(nl.hgw.nlp.analysis.Token token) {
        if (!isNamed() || this.group) {
            return false;
        }
        for (String part : this.name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (part.equals(token.lower())) {
                return true;
            }
        }
        return false;
    }

    boolean isNamed() {
        return !this.name.isEmpty();
    }

    /** How a sentence about this role begins: "Joost", "Groep 3", "De leerkracht van Joost", … */
    String words(Role role) {
        return switch (role) {
            case PUPIL, PARENTS -> isNamed() ? capitalized(this.name) : template("subject_pupil");
            case GROUP -> this.group ? capitalized(this.name)
                    : isNamed() ? template("subject_group_of") : template("subject_group");
            case TEACHER -> isNamed() ? template("subject_teacher_of") : template("subject_teacher");
        };
    }

    /** The pupil's parents as the subject of their own need ("De ouders van Joost"). */
    String parents() {
        return isNamed() && !this.group ? template("subject_parents_of") : template("subject_parents");
    }

    /** How the pupil is named inside a sentence ("Joost", "de leerling"). */
    String inSentence() {
        return isNamed() ? this.name : template("subject_pupil").toLowerCase(Locale.ROOT);
    }

    private String template(String key) {
        return capitalized(this.lexicon.template(key).replace("{naam}", this.name));
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
