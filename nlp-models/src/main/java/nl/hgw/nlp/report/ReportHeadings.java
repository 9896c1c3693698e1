package nl.hgw.nlp.report;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.lexicon.RuleBlock;
import nl.hgw.nlp.lexicon.RuleFileException;
import nl.hgw.nlp.lexicon.RuleFileReader;

/**
 * Where a report states its own goal ("Doel: …", "Het doel is dat …") or names its pupil
 * ("Naam: …"), read from {@code headings.<lang>.txt}. Adding a way of writing it is one entry in
 * that file.
 */
public final class ReportHeadings {

    /** What a heading states. */
    public enum Field {
        GOAL, PUPIL
    }

    /** A heading found: which field, and its value. */
    public record Stated(Field field, String value) {
    }

    private record Start(Field field, String lowerPrefix) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private final List<Start> starts;

    private final List<RuleBlock> blocks;

    private ReportHeadings(List<RuleBlock> blocks) {
        this.blocks = blocks;
        List<Start> found = new ArrayList<>();
        for (RuleBlock block : blocks) {
            Field field = field(block);
            for (String alternatives : block.all("starts")) {
                for (String start : alternatives.split("\\|")) {
                    found.add(new Start(field, start.strip().toLowerCase(Locale.ROOT)));
                }
            }
        }
        // the longest start wins ("doel van de leerling:" before "doel:")
        found.sort((a, b) -> Integer.compare(b.lowerPrefix().length(), a.lowerPrefix().length()));
        this.starts = List.copyOf(found);
    }

    public static ReportHeadings load(Language language) {
        String file = "headings." + language.code() + ".txt";
        InputStream in = ReportHeadings.class.getResourceAsStream("/nl/hgw/nlp/report/" + file);
        if (in == null) {
            throw new IllegalStateException("missing " + file);
        }
        return new ReportHeadings(RuleFileReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), file));
    }

    /** The goal or pupil a paragraph states, if it starts like a heading. */
    public Optional<Stated> read(String paragraph) {
        String text = paragraph.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Start start : starts) {
            if (lower.startsWith(start.lowerPrefix())) {
                String value = value(text.substring(start.lowerPrefix().length()), start.field());
                return value.isEmpty() ? Optional.empty() : Optional.of(new Stated(start.field(), value));
            }
        }
        return Optional.empty();
    }

    /** The blocks as written, for the test that runs their examples. */
    List<RuleBlock> blocks() {
        return blocks;
    }

    private static String value(String rest, Field field) {
        String value = rest.strip();
        Matcher end = SENTENCE_END.matcher(value);
        if (end.find()) {
            value = value.substring(0, end.start());
        }
        if (field == Field.PUPIL) {
            value = value.split("[(,;]", 2)[0];
        }
        value = value.replaceFirst("^[:\\-–\\s]+", "").strip();
        return value.codePoints().anyMatch(Character::isLetter) ? value : "";
    }

    private static Field field(RuleBlock block) {
        String field = block.one("field", "");
        try {
            return Field.valueOf(field.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(block.where(), "field must be goal or pupil, found '" + field + "'");
        }
    }
}
