package nl.hgw.nlp.analysis;

import java.util.List;

/** A sentence of the input: its tokens, and its place in the original text. */
public record Sentence(int start, int end, List<Token> tokens) {

}
