package nl.hgw.nlp.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void blankLinesSeparateParagraphs() {
        assertThat(Paragraphs.split("Joost is boos.\n\n\nHij werkt graag samen.\r\n\r\nEinde"))
            .containsExactly("Joost is boos.", "Hij werkt graag samen.", "Einde");
    }

    @Test
    void wrappedLinesAreJoinedAndHyphenatedWordsMended() {
        String pdfLike = "Joost heeft moeite om de instructie op te pikken en gaat dan met zijn buurman in\n"
            + "discussie over de opdracht, waarna hij niet meer aan het werk komt en zich zelf-\n"
            + "standig niet lijkt te kunnen concentreren.\n"
            + "Thuis gaat het beter.";
        assertThat(Paragraphs.split(pdfLike)).containsExactly(
            "Joost heeft moeite om de instructie op te pikken en gaat dan met zijn buurman in discussie over de "
                + "opdracht, waarna hij niet meer aan het werk komt en zich zelfstandig niet lijkt te kunnen concentreren.",
            "Thuis gaat het beter.");
    }

    @Test
    void aShortLineIsAHeadingOfItsOwn() {
        assertThat(Paragraphs.split("Observatie 12 maart\nJoost zit onrustig op zijn stoel.\n- hij tikt\n- hij praat"))
            .containsExactly("Observatie 12 maart", "Joost zit onrustig op zijn stoel.", "- hij tikt", "- hij praat");
    }

    @Test
    void nothingGivesNoParagraphs() {
        assertThat(Paragraphs.split(null)).isEmpty();
        assertThat(Paragraphs.split(" \n\t\n")).isEmpty();
    }
}
