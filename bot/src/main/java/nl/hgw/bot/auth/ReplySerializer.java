package nl.hgw.bot.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;

/**
 * The SDK's serializer for calls to the Bot Connector, without its "flattening" of bean
 * properties. The SDK's {@link JacksonAdapter} wraps every bean in a {@code FlatteningSerializer}
 * that nests properties named like {@code "a.b"} ({@code @JsonFlatten} models of generated Azure
 * clients): for each reply it walks the whole activity by reflection, converts it to a tree and
 * copies that, and matches every field name of the tree, an Adaptive Card's too, against a
 * regular expression compiled anew each time. No class of the Bot Framework schema has such a
 * property (map keys with dots it escapes and restores), so the JSON is the same, without that
 * work: under load it was 9 % of the bot's CPU time and 15 % of what it allocated (JFR,
 * bench/results). {@code ReplySerializerTest} compares the two on replies the bot sends.
 */
final class ReplySerializer extends JacksonAdapter {

    /** The adapter's own mapper without the flattening modules (same settings and Jackson modules). */
    @Override
    public ObjectMapper serializer() {
        return simpleMapper();
    }
}
