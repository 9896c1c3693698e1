package nl.hgw.bot.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON, and the ways a JSON body goes wrong: wrong types, nulls, huge strings, deep
 * nesting, invalid UTF-8, truncation. Everything comes from the {@link Random} it is given, so
 * a case is reproduced by its seed.
 */
final class JsonFuzzer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that have broken parsers, templates and regexes before. */
    private static final String[] NASTY = {"", " ", "\u0000", "\t\r\n", "null", "undefined", "NaN", "-0", "1e309",
        "{", "}", "[", "\"", "\\", "'; DROP TABLE pupils; --", "$where", "{\"$gt\": \"\"}", "${jndi:ldap://x}",
        "%s%s%s%n", "<at>HGW-assistent</at>", "<script>alert(1)</script>", "\u202Eevil", "\uFEFF", "\uD83D\uDE00",
        "\uD800", "\uDFFF", "ä\u0308", "Ω≈ç√∫", "𝕵𝖔𝖔𝖘𝖙", "中文", "עברית", "../../etc/passwd", "C:\\CON",
        "hulp", "help", "stop", "terug", "klaar", "opslaan", "weg 2", "2: nieuwe tekst", "erbij ouders: x", "ja",
        "nee", "1", "overslaan", "verwijder Joost", "toon Joost", "wijzig Joost", "leerlingen", "rol", "spiegel",
        "herformuleer verslag", "nieuwe leerling Joost", "verder met de spiegel", "spiegels", "verwijder spiegel x"};

    private final Random random;

    JsonFuzzer(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    /** Any JSON value, at most {@code depth} levels deep. */
    JsonNode value(int depth) {
        int kind = random.nextInt(depth <= 0 ? 6 : 8);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> number();
            case 3, 4 -> NODES.textNode(string());
            case 5 -> NODES.textNode(pick(NASTY));
            case 6 -> array(depth - 1);
            default -> object(depth - 1);
        };
    }

    JsonNode number() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(random.nextInt());
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(600) - 300));
            case 3 -> NODES.numberNode(new BigInteger(200 + random.nextInt(2000), random));
            case 4 -> NODES.numberNode(new BigDecimal("1e" + (random.nextInt(20000) - 10000)));
            default -> NODES.numberNode(-1);
        };
    }

    ArrayNode array(int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            array.add(value(depth));
        }
        return array;
    }

    ObjectNode object(int depth) {
        ObjectNode object = NODES.objectNode();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            object.set(random.nextInt(3) == 0 ? pick(NASTY) : string(12), value(depth));
        }
        return object;
    }

    /** A short random string: ASCII, Latin-1, any BMP character or a surrogate pair. */
    String string() {
        return string(random.nextInt(40));
    }

    String string(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0, 1 -> text.append((char) (' ' + random.nextInt(95)));
                case 2 -> text.append((char) random.nextInt(0x100));
                case 3 -> text.append((char) random.nextInt(0xD800));
                default -> text.appendCodePoint(0x10000 + random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    /** A string of {@code chars} characters built from a repeated piece. */
    String huge(int chars) {
        String piece = random.nextBoolean() ? "Joost pikt de instructie niet op en is druk. " : string(64);
        StringBuilder text = new StringBuilder(chars + piece.length());
        while (text.length() < chars) {
            text.append(piece);
        }
        text.setLength(chars);
        return text.toString();
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** One of the nasty strings. */
    String nasty() {
        return pick(NASTY);
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A copy with one field somewhere in the tree given a value of another type (or null). */
    JsonNode withWrongType(JsonNode original) {
        JsonNode copy = original.deepCopy();
        List<ObjectNode> holders = new ArrayList<>();
        collectObjects(copy, holders);
        if (holders.isEmpty()) {
            return copy;
        }
        ObjectNode holder = holders.get(random.nextInt(holders.size()));
        List<String> names = new ArrayList<>();
        holder.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return copy;
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode old = holder.get(name);
        JsonNode replacement;
        do {
            replacement = value(2);
        } while (replacement.getNodeType() == old.getNodeType() && !old.isNull());
        holder.set(name, replacement);
        return copy;
    }

    /** A copy with one field somewhere in the tree removed or set to null. */
    JsonNode withoutField(JsonNode original) {
        JsonNode copy = original.deepCopy();
        List<ObjectNode> holders = new ArrayList<>();
        collectObjects(copy, holders);
        ObjectNode holder = holders.get(random.nextInt(holders.size()));
        Iterator<Map.Entry<String, JsonNode>> fields = holder.fields();
        List<String> names = new ArrayList<>();
        fields.forEachRemaining(field -> names.add(field.getKey()));
        if (!names.isEmpty()) {
            String name = names.get(random.nextInt(names.size()));
            if (random.nextBoolean()) {
                holder.remove(name);
            } else {
                holder.putNull(name);
            }
        }
        return copy;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        node.forEach(child -> collectObjects(child, into));
    }

    /** {@code levels} nested arrays or objects, as text (a tree that deep would overflow a writer's stack). */
    String deep(int levels) {
        boolean arrays = random.nextBoolean();
        StringBuilder json = new StringBuilder(levels * 6);
        for (int i = 0; i < levels; i++) {
            json.append(arrays ? "[" : "{\"a\":");
        }
        json.append("1");
        for (int i = 0; i < levels; i++) {
            json.append(arrays ? "]" : "}");
        }
        return json.toString();
    }

    /** The UTF-8 bytes of {@code json} with a few bytes made invalid UTF-8 (inside strings or not). */
    byte[] invalidUtf8(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80}};
        byte[] out = bytes.clone();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes && out.length > 4; i++) {
            byte[] insert = bad[random.nextInt(bad.length)];
            int at = random.nextInt(out.length - insert.length);
            System.arraycopy(insert, 0, out, at, insert.length);
        }
        return out;
    }

    /** The bytes cut off somewhere. */
    byte[] truncated(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length)));
    }

    /** Random bytes, sometimes starting like JSON. */
    byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        if (length > 0 && random.nextBoolean()) {
            bytes[0] = (byte) '{';
        }
        return bytes;
    }
}
