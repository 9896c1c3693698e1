package nl.hgw.bench;

import java.util.List;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.reformulate.Reformulator;

/**
 * The engine's side of {@code compare-alex.sh}: texts per second over the English notes and
 * milliseconds per 2,500-word report, after a warm-up, for the engine and for the bare OpenNLP
 * pass. Prints {@code key value} lines for the script.
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) {
        String language = args.length > 0 ? args[0] : "en";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        Language lang = Language.fromLocale(language).orElseThrow();
        Reformulator engine = Reformulator.load();
        TextAnalyzer bare = lang == Language.DUTCH ? Reformulator.dutchAnalyzer() : Reformulator.englishAnalyzer();
        List<String> notes = Texts.notes(language);
        String report = Texts.report(language);

        Runnable engineNotes = () -> notes.forEach(t -> engine.reformulate(t, "", "", lang));
        Runnable bareNotes = () -> notes.forEach(bare::analyze);
        measure(engineNotes, seconds); // warm-up
        measure(bareNotes, seconds);
        double engineRate = notes.size() * measure(engineNotes, seconds);
        double bareRate = notes.size() * measure(bareNotes, seconds);
        measure(() -> engine.reformulate(report, "", "", lang), seconds);
        double engineReport = 1000 / measure(() -> engine.reformulate(report, "", "", lang), seconds);
        measure(() -> bare.analyze(report), seconds);
        double bareReport = 1000 / measure(() -> bare.analyze(report), seconds);

        System.out.printf(java.util.Locale.ROOT, "engine_notes_per_s %.0f%n", engineRate);
        System.out.printf(java.util.Locale.ROOT, "bare_notes_per_s %.0f%n", bareRate);
        System.out.printf(java.util.Locale.ROOT, "engine_report_ms %.2f%n", engineReport);
        System.out.printf(java.util.Locale.ROOT, "bare_report_ms %.2f%n", bareReport);
        System.out.printf(java.util.Locale.ROOT, "report_words %d%n", report.split("\\s+").length);
    }

    /** Runs the task repeatedly for about the given time; returns runs per second. */
    private static double measure(Runnable task, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int runs = 0;
        while (System.nanoTime() < end || runs < 3) {
            task.run();
            runs++;
        }
        return runs / ((System.nanoTime() - start) / 1e9);
    }

}
