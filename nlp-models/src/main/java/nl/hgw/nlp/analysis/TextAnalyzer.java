package nl.hgw.nlp.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The pipeline in front of the rules: OpenNLP sentence detection and tokenisation, then the
 * language's morphology. Models are loaded once and shared; the OpenNLP runners, which are not
 * thread-safe, are kept one per thread.
 */
public final class TextAnalyzer {

    /**
     * The longest piece of a line the models see at once. The sentence detector, tokenizer and
     * tagger slow down more than linearly on a "sentence" without breaks (30,000 characters of
     * one took 13 s, 100,000 took 107 s); no sentence a teacher writes is this long, so a longer
     * line is cut, at a sentence end or a space where it can be.
     */
    static final int MAX_SEGMENT = 1_000;

    /** \n, \r\n, \r, and Unicode's line and paragraph separators. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    private static final String OPENING = "([{";

    /** Brackets, and marks a word never ends with ("dyslexie?", "druk(" before "ADHD)"). */
    private static final String CLOSING = ")]}([{?!,;";

    private final Morphology morphology;

    /** The runners are not thread-safe and not free to build: one of each per thread, kept. */
    private final ThreadLocal<SentenceDetectorME> sentenceDetectors;

    private final ThreadLocal<TokenizerME> tokenizers;

    public TextAnalyzer(SentenceModel sentenceModel, TokenizerModel tokenizerModel, Morphology morphology) {
        this.morphology = morphology;
        this.sentenceDetectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
    }

    /** Loads the two models from the class path. */
    public static TextAnalyzer fromClasspath(String sentenceResource, String tokenResource, Morphology morphology) {
        try (InputStream s = open(sentenceResource); InputStream t = open(tokenResource)) {
            return new TextAnalyzer(new SentenceModel(s), new TokenizerModel(t), morphology);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read a model", ex);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = TextAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Model not on the class path: " + resource
                    + " (the build trains the Dutch models: run the Maven build once)");
        }
        return in;
    }

    public Morphology morphology() {
        return this.morphology;
    }

    /**
     * The sentences of one line. OpenNLP's detector throws on a line that starts with an
     * abbreviation it knows ("juf. is …"); such a line is then read as one sentence.
     */
    private static Span[] sentencesOf(SentenceDetectorME detector, String paragraph) {
        try {
            return detector.sentPosDetect(paragraph);
        }
        catch (StringIndexOutOfBoundsException ex) {
            int start = 0;
            int end = paragraph.length();
            while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
                end--;
            }
            return start < end ? new Span[] { new Span(start, end) } : new Span[0];
        }
    }

    public List<Sentence> analyze(String text) {
        SentenceDetectorME sentences = this.sentenceDetectors.get();
        TokenizerME tokenizer = this.tokenizers.get();
        List<Sentence> out = new ArrayList<>();
        for (int[] line : lines(text)) {
            int base = line[0];
            String paragraph = text.substring(line[0], line[1]);
            for (Span sentence : sentencesOf(sentences, paragraph)) {
                String sentenceText = sentence.getCoveredText(paragraph).toString();
                List<String> words = new ArrayList<>();
                List<int[]> spans = new ArrayList<>();
                Span[] tokens = tokenizer.tokenizePos(sentenceText);
                for (int k = 0; k < tokens.length; k++) {
                    int start = base + sentence.getStart() + tokens[k].getStart();
                    int end = base + sentence.getStart() + tokens[k].getEnd();
                    // brackets are tokens of their own, also around a word the model has not seen
                    // ("Anouk (ASS) raakt …" gives "(", "ASS", ")"; "(dyslexie?)" gives "(", "dyslexie", "?", ")")
                    for (; end - start > 1 && OPENING.indexOf(text.charAt(start)) >= 0; start++) {
                        add(text, start, start + 1, words, spans);
                    }
                    // a sentence's last word keeps no full stop ("She has ADD." gives "ADD", ".")
                    boolean fullStop = k == tokens.length - 1 && end - start > 1 && text.charAt(end - 1) == '.'
                        && Character.isLetter(text.charAt(end - 2)) && text.indexOf('.', start) == end - 1;
                    int closing = fullStop ? end - 1 : end;
                    while (closing - start > 1 && CLOSING.indexOf(text.charAt(closing - 1)) >= 0) {
                        closing--;
                    }
                    add(text, start, closing, words, spans);
                    for (int c = closing; c < end; c++) {
                        add(text, c, c + 1, words, spans);
                    }
                }
                if (!words.isEmpty()) {
                    out.add(new Sentence(base + sentence.getStart(), base + sentence.getEnd(),
                            this.morphology.analyze(words, spans)));
                }
            }
        }
        return out;
    }

    private static void add(String text, int start, int end, List<String> words, List<int[]> spans) {
        words.add(text.substring(start, end));
        spans.add(new int[] { start, end });
    }

    /**
     * A line break ends a sentence whatever the model says: notes are often lists. Returns the
     * [start, end) offsets of the non-blank lines.
     */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher breaks = LINE_BREAK.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            boolean more = breaks.find(from);
            int end = more ? breaks.start() : text.length();
            if (!text.substring(from, end).isBlank()) {
                segments(text, from, end, out);
            }
            if (!more) {
                break;
            }
            from = breaks.end();
        }
        return out;
    }

    /** [start, end) cut into pieces of at most {@link #MAX_SEGMENT} characters. */
    private static void segments(String text, int start, int end, List<int[]> out) {
        int from = start;
        while (end - from > MAX_SEGMENT) {
            int cut = cut(text, from, from + MAX_SEGMENT);
            out.add(new int[] { from, cut });
            from = cut;
        }
        out.add(new int[] { from, end });
    }

    /** Where to cut before {@code limit}: after a sentence end, else at a space, else between characters. */
    private static int cut(String text, int from, int limit) {
        int half = from + MAX_SEGMENT / 2;
        for (int i = limit - 1; i > half; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = limit - 1; i > half; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

}
