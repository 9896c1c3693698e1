package nl.hgw.nlp.reformulate;

import java.util.Map;

import nl.hgw.nlp.lexicon.Lexicon;
import nl.hgw.nlp.lexicon.TokenPattern;

/**
 * Writes a need as a colleague would: "Joost heeft een leerkracht nodig die afspraken consequent
 * hanteert, om de rekeninstructie te volgen." The phrasing comes from a rule; the frame ("{wie}
 * heeft {wat} nodig{rest}{doel}.") from the language's vocabulary, so English is the same code.
 */
final class NeedWriter {

    private final String frame;

    private final String pluralFrame;

    private final TokenPattern relatives;

    private final TokenPattern continuations;

    private final TokenPattern prepositions;

    private final boolean commaBeforePurpose;

    NeedWriter(Lexicon lexicon) {
        this.frame = lexicon.template("need_sentence");
        this.pluralFrame = lexicon.template("need_sentence_plural");
        this.relatives = lexicon.set("relative");
        this.continuations = lexicon.set("phrase_continuation");
        this.prepositions = lexicon.set("preposition");
        this.commaBeforePurpose = lexicon.template("comma_before_purpose").equals("yes");
    }

    /**
     * @param who how the sentence begins ("Joost")
     * @param phrase the need, slots filled ("een leerkracht die afspraken consequent hanteert")
     * @param purpose the goal clause ("om …"), or empty
     */
    String write(String who, String phrase, String purpose) {
        return write(this.frame, who, phrase, purpose);
    }

    /** The same for a plural subject ("De ouders van Juul hebben … nodig"). */
    String writePlural(String who, String phrase, String purpose) {
        return write(this.pluralFrame, who, phrase, purpose);
    }

    private String write(String frame, String who, String phrase, String purpose) {
        String head = phrase;
        String rest = "";
        if (this.commaBeforePurpose) {
            int cut = relativeStart(phrase);
            if (cut > 0) {
                head = phrase.substring(0, cut).strip();
                String tail = phrase.substring(cut).strip();
                rest = tail.startsWith(",") ? tail : " " + tail;
            }
        }
        String goal = "";
        if (!purpose.isEmpty()) {
            boolean comma = this.commaBeforePurpose && (!rest.isEmpty() || !purpose.startsWith("om "));
            goal = (comma ? ", " : " ") + purpose;
        }
        String sentence = PhraseSlots.fill(frame, Map.of("wie", who, "wat", head, "rest", rest, "doel", goal));
        return Subject.capitalized(sentence.replace(" ,", ","));
    }

    /**
     * Where the part that follows "nodig" starts: a comma or a relative clause, whichever comes
     * first ("een leerkracht | die …", "korte instructie | , met een voorbeeld …"), or -1.
     */
    private int relativeStart(String phrase) {
        String[] words = phrase.split(" ");
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // "een leerkracht | die …", but not "een gesprek over wat …"
            if (i > 0 && this.relatives.matchesLoneWord(w) && !this.prepositions.matchesLoneWord(words[i - 1])) {
                return offset;
            }
            if (w.endsWith(",") && i + 1 < words.length && this.continuations.matchesLoneWord(words[i + 1])) {
                return offset + w.length() - 1;
            }
            offset += w.length() + 1;
        }
        return -1;
    }

}
