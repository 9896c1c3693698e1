package nl.hgw.dialogs.spiegel;

import java.util.List;
import java.util.Map;

/**
 * One principle of HGW as the spiegel presents it, in one language: its name, a short
 * explanation, and per {@link Feed} a question with one or two example answers.
 *
 * @param id    stable id, the same in every language (stored with each answer)
 * @param words what a teacher may type to choose it, besides its number
 */
public record Principle(String id, String name, List<String> words, String explanation,
        Map<Feed, Question> questions) {

    public Principle {
        words = List.copyOf(words);
        questions = Map.copyOf(questions);
    }

    public Question question(Feed feed) {
        return questions.get(feed);
    }

    /** A prompt and the example answers that help a team get going. */
    public record Question(String text, List<String> examples) {

        public Question {
            examples = List.copyOf(examples);
        }
    }
}
