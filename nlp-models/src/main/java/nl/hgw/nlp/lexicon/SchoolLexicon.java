package nl.hgw.nlp.lexicon;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.hgw.nlp.Language;

/**
 * A school's own rule files, in the format of the built-in ones, read from a folder with one
 * sub-folder per language:
 *
 * <pre>
 * DIR/nl/labels.txt       [label …]
 * DIR/nl/deficits.txt     [deficit …]
 * DIR/nl/strengths.txt    [strength …]
 * DIR/nl/vocabulary.txt   [needs …] (already-needs language)
 * DIR/en/…                the same, in English
 * </pre>
 *
 * Every file may also hold its own {@code [set …]} word lists. Every file is optional. An unknown
 * language folder or file name, an entry in the wrong file, an entry without an example and every
 * syntax error stop the reading with a message that names the file (and line). README files and
 * hidden files ({@code .DS_Store}) are left alone. Roles, fall-back phrasings and sentence
 * templates stay built-in.
 */
public final class SchoolLexicon {

    /** File name → the kinds of entry it takes. */
    public static final Map<String, List<String>> KINDS = orderedKinds();

    private final Path dir;

    private final Map<Language, List<SchoolFile>> files;

    /** One file as read: its name in messages, its text and its entries. */
    private record SchoolFile(String name, String text, List<RuleBlock> blocks) {
    }

    private SchoolLexicon(Path dir, Map<Language, List<SchoolFile>> files) {
        this.dir = dir;
        this.files = files;
    }

    /**
     * Reads and checks the folder's files (layout, syntax, kinds, examples present). The rules
     * themselves are checked when an engine loads them, their examples by
     * {@code Reformulator.load(SchoolLexicon)}.
     *
     * @throws RuleFileException naming the file, and the line where there is one
     */
    public static SchoolLexicon read(Path dir) {
        String name = dir.toString();
        if (!Files.exists(dir)) {
            throw new RuleFileException(name, "the folder does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new RuleFileException(name, "is a file, not a folder with nl/ and en/ in it");
        }
        Map<Language, List<SchoolFile>> files = new EnumMap<>(Language.class);
        for (Path entry : list(dir)) {
            String entryName = entry.getFileName().toString();
            if (ignored(entryName)) {
                continue;
            }
            Language language = language(entryName);
            if (Files.isDirectory(entry) && language != null) {
                files.put(language, readLanguage(entry));
            }
            else if (Files.isDirectory(entry)) {
                throw new RuleFileException(entry.toString(), "unknown language folder '" + entryName
                        + "' (use " + codes() + ")");
            }
            else {
                throw new RuleFileException(entry.toString(), "a school file stands in a language folder, e.g. "
                        + dir.resolve("nl").resolve(KINDS.containsKey(entryName) ? entryName : "labels.txt"));
            }
        }
        return new SchoolLexicon(dir, files);
    }

    private static List<SchoolFile> readLanguage(Path folder) {
        List<SchoolFile> found = new ArrayList<>();
        for (Path file : list(folder)) {
            String fileName = file.getFileName().toString();
            if (ignored(fileName)) {
                continue;
            }
            if (Files.isDirectory(file) || !KINDS.containsKey(fileName)) {
                throw new RuleFileException(file.toString(), "unknown file (a language folder holds "
                        + String.join(", ", KINDS.keySet()) + ")");
            }
            found.add(readFile(file, fileName));
        }
        return List.copyOf(found);
    }

    private static SchoolFile readFile(Path file, String fileName) {
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        }
        catch (CharacterCodingException ex) {
            throw new RuleFileException(name, "is not UTF-8 text; save it as UTF-8");
        }
        catch (IOException ex) {
            throw new RuleFileException(name, "cannot be read (" + ex.getClass().getSimpleName() + ")");
        }
        List<RuleBlock> blocks = RuleFileReader.read(new StringReader(text), name);
        List<String> kinds = KINDS.get(fileName);
        for (RuleBlock block : blocks) {
            if (!kinds.contains(block.kind())) {
                throw new RuleFileException(block.where(), wrongFile(block.kind(), fileName));
            }
            if (!block.kind().equals("set") && block.all("example").isEmpty()) {
                throw new RuleFileException(block.where(), "a school entry needs at least one 'example = …' "
                        + "sentence that shows it at work");
            }
        }
        return new SchoolFile(name, text, blocks);
    }

    private static String wrongFile(String kind, String fileName) {
        String takes = fileName + " takes " + KINDS.get(fileName).stream().map(k -> "[" + k + " …]")
            .collect(Collectors.joining(" and "));
        return KINDS.entrySet()
            .stream()
            .filter(e -> e.getValue().get(0).equals(kind))
            .findFirst()
            .map(e -> "a [" + kind + " …] entry belongs in " + e.getKey() + "; " + takes)
            .orElse("[" + kind + " …] entries are built-in only; " + takes);
    }

    private static boolean ignored(String name) {
        return name.startsWith(".") || name.toLowerCase(Locale.ROOT).startsWith("readme");
    }

    private static Language language(String folder) {
        for (Language language : Language.values()) {
            if (language.code().equals(folder)) {
                return language;
            }
        }
        return null;
    }

    private static String codes() {
        return Stream.of(Language.values()).map(Language::code).collect(Collectors.joining(" or "));
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
        catch (IOException ex) {
            throw new RuleFileException(folder.toString(), "cannot be read (" + ex.getClass().getSimpleName() + ")");
        }
    }

    private static Map<String, List<String>> orderedKinds() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("vocabulary.txt", List.of("needs", "set"));
        kinds.put("labels.txt", List.of("label", "set"));
        kinds.put("strengths.txt", List.of("strength", "set"));
        kinds.put("deficits.txt", List.of("deficit", "set"));
        return java.util.Collections.unmodifiableMap(kinds);
    }

    public Path dir() {
        return this.dir;
    }

    /** The languages the school has files for. */
    public Set<Language> languages() {
        return java.util.Collections.unmodifiableSet(this.files.keySet());
    }

    /** The files per language, to give to {@code Reformulator.load(Map)} (fresh readers each time). */
    public Map<Language, List<Lexicon.NamedReader>> readers() {
        Map<Language, List<Lexicon.NamedReader>> readers = new EnumMap<>(Language.class);
        this.files.forEach((language, list) -> readers.put(language, list.stream()
            .map(f -> new Lexicon.NamedReader(f.name(), new StringReader(f.text())))
            .toList()));
        return readers;
    }

    /** How many entries the files hold, word sets included. */
    public int entries() {
        return this.files.values().stream().flatMap(List::stream).mapToInt(f -> f.blocks().size()).sum();
    }

    /** The entries per language and kind, for the start log: "nl: 1 label, 1 deficit; en: 1 label". */
    public String summary() {
        if (entries() == 0) {
            return "no entries";
        }
        List<String> parts = new ArrayList<>();
        this.files.forEach((language, list) -> {
            Map<String, Long> counts = new TreeMap<>(list.stream()
                .flatMap(f -> f.blocks().stream())
                .collect(Collectors.groupingBy(RuleBlock::kind, Collectors.counting())));
            if (!counts.isEmpty()) {
                parts.add(language.code() + ": " + counts.entrySet()
                    .stream()
                    .map(e -> e.getValue() + " " + noun(e.getKey()) + (e.getValue() == 1 ? "" : "s"))
                    .collect(Collectors.joining(", ")));
            }
        });
        return String.join("; ", parts);
    }

    private static String noun(String kind) {
        return kind.equals("needs") ? "needs cue" : kind;
    }

    /** Whether a place in a message ("…/nl/labels.txt:12") lies in one of the school's files. */
    public boolean defines(String where) {
        return this.files.values()
            .stream()
            .flatMap(List::stream)
            .anyMatch(f -> where.equals(f.name()) || where.startsWith(f.name() + ":"));
    }

}
