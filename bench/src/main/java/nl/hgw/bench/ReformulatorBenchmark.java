package nl.hgw.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.analysis.Sentence;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.reformulate.Reformulation;
import nl.hgw.nlp.reformulate.Reformulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine against its floor: a whole reformulation versus the bare pipeline under it (OpenNLP
 * sentence detection and tokenisation, then tags: the UD POS model for English, the dictionary for
 * Dutch) over the same texts. "notes": all short notes once per operation; "report": one text of
 * about 2,500 words. Run: {@code java -jar bench/target/benchmarks.jar -f 1 -wi 5 -i 10}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class ReformulatorBenchmark {

    @Param({ "nl", "en" })
    public String language;

    @Param({ "notes", "report" })
    public String text;

    private Reformulator engine;

    private TextAnalyzer analyzer;

    private List<String> texts;

    private Language lang;

    @Setup
    public void setUp() {
        this.engine = Reformulator.load();
        this.lang = Language.fromLocale(this.language).orElseThrow();
        this.analyzer = this.lang == Language.DUTCH ? Reformulator.dutchAnalyzer() : Reformulator.englishAnalyzer();
        this.texts = this.text.equals("notes") ? Texts.notes(this.language) : List.of(Texts.report(this.language));
    }

    @Benchmark
    public void reformulate(Blackhole bh) {
        for (String t : this.texts) {
            Reformulation r = this.engine.reformulate(t, "", "", this.lang);
            bh.consume(r);
        }
    }

    @Benchmark
    public void bareOpenNlpPass(Blackhole bh) {
        for (String t : this.texts) {
            List<Sentence> s = this.analyzer.analyze(t);
            bh.consume(s);
        }
    }

}
