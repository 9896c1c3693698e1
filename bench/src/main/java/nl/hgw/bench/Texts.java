package nl.hgw.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark texts in {@code bench/texts/}: short notes one per line, a report as a whole file. */
final class Texts {

    private Texts() {
    }

    static Path dir() {
        String dir = System.getProperty("hgw.bench.texts", System.getenv().getOrDefault("HGW_BENCH_TEXTS", "bench/texts"));
        return Path.of(dir);
    }

    static List<String> notes(String language) {
        try {
            return Files.readAllLines(dir().resolve("notes." + language + ".txt"), StandardCharsets.UTF_8)
                .stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A report of about 2,500 words: the notes, in order, repeated until long enough, in paragraphs. */
    static String report(String language) {
        List<String> notes = notes(language);
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (int i = 0; words < 2500; i++) {
            String note = notes.get(i % notes.size());
            out.append(note).append(i % 4 == 3 ? "\n\n" : " ");
            words += note.split("\\s+").length;
        }
        return out.toString();
    }

}
