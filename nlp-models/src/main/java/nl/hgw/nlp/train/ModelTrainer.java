package nl.hgw.nlp.train;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import nl.hgw.nlp.analysis.DutchMorphology;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.Token;
import nl.hgw.nlp.reformulate.ClauseFeatures;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenSampleStream;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the models the engine ships, at build time (the Maven build runs it after compiling):
 * the Dutch sentence detector and tokenizer from {@code sentences.nl.train} and
 * {@code tokens.nl.train}, and a document categorizer per language from {@code doccat.*.train}.
 * Every line whose number is a multiple of {@link #HELD_OUT_EVERY} in a doccat file is left out of
 * training: the evaluation test measures accuracy on exactly those lines.
 *
 * <p>Usage: {@code ModelTrainer <data dir> <output dir>}
 */
public final class ModelTrainer {

    public static final int HELD_OUT_EVERY = 5;

    private ModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelTrainer <data dir> <output dir>");
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        TrainingParameters params = params(data.resolve("trainer-params.txt"));

        SentenceModel sentences = trainSentences(data.resolve("sentences.nl.train"), abbreviations(data), params);
        save(sentences::serialize, out.resolve("nl-sent.bin"));
        TokenizerModel tokens = trainTokens(data.resolve("tokens.nl.train"), abbreviations(data), params);
        save(tokens::serialize, out.resolve("nl-token.bin"));

        TextAnalyzer dutch = new TextAnalyzer(sentences, tokens, new DutchMorphology());
        save(trainCategorizer(categorized(data, "nl"), dutch, "nl", params)::serialize, out.resolve("nl-doccat.bin"));
        TextAnalyzer en = nl.hgw.nlp.reformulate.Reformulator.englishAnalyzer();
        save(trainCategorizer(categorized(data, "en"), en, "en", params)::serialize, out.resolve("en-doccat.bin"));
        System.out.println("[ModelTrainer] models written to " + out);
    }

    static TrainingParameters params(Path file) throws IOException {
        TrainingParameters params = new TrainingParameters();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] kv = l.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException(file + ": expected key=value, found " + l);
            }
            params.put(kv[0].strip(), kv[1].strip());
        }
        return params;
    }

    private static Dictionary abbreviations(Path data) throws IOException {
        Dictionary dict = new Dictionary(false);
        for (String line : Files.readAllLines(data.resolve("abbreviations.nl.txt"), StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                dict.put(new StringList(l));
            }
        }
        return dict;
    }

    private static SentenceModel trainSentences(Path file, Dictionary abbreviations, TrainingParameters params)
            throws IOException {
        try (ObjectStream<SentenceSample> samples = new SentenceSampleStream(
                new PlainTextByLineStream(() -> Files.newInputStream(file), StandardCharsets.UTF_8))) {
            SentenceDetectorFactory factory = new SentenceDetectorFactory("nl", true, abbreviations, null);
            return SentenceDetectorME.train("nl", samples, factory, params);
        }
    }

    private static TokenizerModel trainTokens(Path file, Dictionary abbreviations, TrainingParameters params)
            throws IOException {
        try (ObjectStream<TokenSample> samples = new TokenSampleStream(
                new PlainTextByLineStream(() -> Files.newInputStream(file), StandardCharsets.UTF_8))) {
            TokenizerFactory factory = new TokenizerFactory("nl", abbreviations, true, null);
            return TokenizerME.train(samples, factory, params);
        }
    }

    /** Every classifier training file of a language: {@code doccat*.<language>.train}, in name order. */
    public static List<Path> categorized(Path data, String language) throws IOException {
        try (var files = Files.list(data)) {
            List<Path> found = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("doccat") && name.endsWith("." + language + ".train");
            }).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("No doccat*." + language + ".train in " + data);
            }
            return found;
        }
    }

    /** Reads {@code category<TAB>text} lines; returns [category, text] pairs with their line numbers. */
    public static List<String[]> readCategorized(Path file, boolean heldOut) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int sample = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected category<TAB>text");
            }
            sample++;
            if ((sample % HELD_OUT_EVERY == 0) == heldOut) {
                out.add(new String[] { parts[0].strip(), parts[1].strip() });
            }
        }
        return out;
    }

    /** The classifier's view of a sample: the features of all its tokens. */
    public static String[] features(TextAnalyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : analyzer.analyze(text)) {
            tokens.addAll(s.tokens());
        }
        return ClauseFeatures.of(tokens);
    }

    private static DoccatModel trainCategorizer(List<Path> files, TextAnalyzer analyzer, String language,
            TrainingParameters params) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (Path file : files) {
            for (String[] s : readCategorized(file, false)) {
                samples.add(new DocumentSample(s[0], features(analyzer, s[1])));
            }
        }
        FeatureGenerator[] generators = { new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2) };
        try (ObjectStream<DocumentSample> stream = new CollectionObjectStream<>(samples)) {
            return DocumentCategorizerME.train(language, stream, params, new DoccatFactory(generators));
        }
    }

    private interface Writer {

        void write(OutputStream out) throws IOException;

    }

    private static void save(Writer model, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            model.write(out);
        }
    }


}
