package nl.hgw.nlp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.hgw.nlp.reformulate.Reformulator;
import org.junit.jupiter.api.Test;

/** Long lines: cut into pieces the models handle in time, without changing ordinary text; brackets as tokens. */
class TextAnalyzerTest {

    private static final TextAnalyzer DUTCH = Reformulator.dutchAnalyzer();

    private static final TextAnalyzer ENGLISH = Reformulator.englishAnalyzer();

    @Test
    void aLineWithoutSentenceEndsIsAnalysedInPiecesOfBoundedLength() {
        String line = "a ".repeat(20_000);

        for (TextAnalyzer analyzer : List.of(DUTCH, ENGLISH)) {
            List<Sentence> sentences = analyzer.analyze(line);

            assertThat(sentences).hasSizeGreaterThanOrEqualTo(line.length() / TextAnalyzer.MAX_SEGMENT);
            assertThat(sentences).allSatisfy(sentence ->
                assertThat(sentence.end() - sentence.start()).isLessThanOrEqualTo(TextAnalyzer.MAX_SEGMENT));
            assertThat(sentences.stream().mapToInt(sentence -> sentence.tokens().size()).sum())
                .as("every word is kept").isEqualTo(20_000);
        }
    }

    @Test
    void aLongParagraphOfSentencesIsCutBetweenSentencesOnly() {
        String sentence = "Joost pikt de instructie niet op.";
        String paragraph = (sentence + " ").repeat(100).strip();

        List<Sentence> sentences = DUTCH.analyze(paragraph);

        assertThat(sentences).hasSize(100);
        assertThat(sentences).allSatisfy(found ->
            assertThat(paragraph.substring(found.start(), found.end())).isEqualTo(sentence));
    }

    @Test
    void aLineWithoutSpacesIsNeverCutInsideACharacter() {
        String emoji = "x" + "\uD83D\uDE00".repeat(3_000);

        List<Sentence> sentences = DUTCH.analyze(emoji);

        assertThat(sentences).hasSizeGreaterThan(1).allSatisfy(found -> {
            assertThat(Character.isLowSurrogate(emoji.charAt(found.start()))).as("starts inside a pair").isFalse();
            assertThat(Character.isHighSurrogate(emoji.charAt(found.end() - 1))).as("ends inside a pair").isFalse();
        });
    }

    @Test
    void aShortNoteIsOneSentenceAsBefore() {
        String note = "Joost heeft ADHD, gaat discussies aan en pikt instructies onvoldoende op.";

        List<Sentence> sentences = DUTCH.analyze(note);

        assertThat(sentences).hasSize(1);
        assertThat(sentences.get(0).start()).isZero();
        assertThat(sentences.get(0).end()).isEqualTo(note.length());
    }

    @Test
    void bracketsAreTokensOfTheirOwnAroundAnyWord() {
        assertThat(words(DUTCH, "Sem (faalangst) en Tess (pdd-nos, medicatie) werken samen [zie bijlage].")).containsExactly(
            "Sem", "(", "faalangst", ")", "en", "Tess", "(", "pdd-nos", ",", "medicatie", ")", "werken", "samen",
            "[", "zie", "bijlage", "]", ".");
        assertThat(words(DUTCH, "Ze heeft ADD (sinds 2023).")).containsExactly(
            "Ze", "heeft", "ADD", "(", "sinds", "2023", ")", ".");
        assertThat(words(ENGLISH, "Tom (ADHD) shouts.")).containsExactly("Tom", "(", "ADHD", ")", "shouts", ".");
    }

    @Test
    void aWordAloneInBracketsKeepsItsOffsets() {
        String note = "Zij (dyslexie) leest traag.";

        List<Token> tokens = DUTCH.analyze(note).get(0).tokens();

        assertThat(tokens).allSatisfy(token ->
            assertThat(note.substring(token.start(), token.end())).isEqualTo(token.text()));
    }

    @Test
    void marksAndStrayBracketsAreSplitOffAWord() {
        assertThat(words(DUTCH, "Tim (dyslexie?) is druk(ADHD).")).containsSubsequence("(", "dyslexie", "?", ")", "druk", "(",
            "ADHD", ")");
        assertThat(words(DUTCH, "Daniël (AD(H)D) wacht.")).contains("AD(H)D");
    }

    private static List<String> words(TextAnalyzer analyzer, String text) {
        return analyzer.analyze(text).stream().flatMap(sentence -> sentence.tokens().stream()).map(Token::text).toList();
    }
}
