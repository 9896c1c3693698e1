package nl.hgw.bench.load;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Are the needs of every round the bot said it saved ("Opgeslagen!") in the database? Reads the
 * {@code pupils} collection (one document per pupil, scoped by {@code teamId} = the
 * conversation outside Teams) through the MongoDB driver, from a running server
 * ({@code --mongodb-uri}: the bot's embedded server while it runs, or a real MongoDB), or from
 * the embedded server's file after the bot has stopped ({@code --data-dir}: opened here with
 * the same mongo-java-server H2 backend). A round is <i>lost</i> when its pupil is missing or
 * has no needs; <i>short</i> when it has fewer needs than the card showed.
 *
 * <p>{@code java -cp benchmarks.jar nl.hgw.bench.load.NeedsCheck --saved=FILE (--mongodb-uri=URI | --data-dir=DIR)}
 */
public final class NeedsCheck {

    /** The embedded server's file in the data directory (as the bot's EmbeddedMongo names it). */
    static final String EMBEDDED_FILE = "hgw-mongo.mv";

    /** A round the bot confirmed: its conversation, the pupil's name and the needs on the card. */
    record Saved(String conversationId, String pupil, int expectedNeeds) {

        String line() {
            return conversationId + "\t" + pupil + "\t" + expectedNeeds;
        }

        static Saved parse(String line) {
            String[] parts = line.split("\t");
            return new Saved(parts[0], parts[1], Integer.parseInt(parts[2]));
        }
    }

    record Result(int saved, int found, int lost, int shortOfNeeds, long needsExpected, long needsStored,
            int unconfirmed) {

        String describe(String where) {
            return String.format(Locale.ROOT, "needs %s: %d saved rounds, %d pupils found, %d lost (missing or "
                    + "without needs), %d with fewer needs than the card; needs stored %d of %d expected; "
                    + "%d more pupils stored than confirmed", where, saved, found, lost, shortOfNeeds, needsStored,
                needsExpected, unconfirmed);
        }

        Map<String, String> asMap(String prefix) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put(prefix + "saved_rounds", String.valueOf(saved));
            map.put(prefix + "pupils_found", String.valueOf(found));
            map.put(prefix + "lost", String.valueOf(lost));
            map.put(prefix + "short", String.valueOf(shortOfNeeds));
            map.put(prefix + "needs_expected", String.valueOf(needsExpected));
            map.put(prefix + "needs_stored", String.valueOf(needsStored));
            map.put(prefix + "unconfirmed", String.valueOf(unconfirmed));
            return map;
        }
    }

    private NeedsCheck() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Expected --name=value, not " + arg);
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        List<Saved> saved = Files.readAllLines(Path.of(given.get("saved")), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank()).map(Saved::parse).toList();
        String database = given.getOrDefault("database", "hgw");
        Result result;
        String where;
        if (given.containsKey("data-dir")) {
            Path file = Path.of(given.get("data-dir")).resolve(EMBEDDED_FILE).toAbsolutePath();
            MongoServer server = new MongoServer(new H2Backend(file.toString()));
            try {
                server.bind("127.0.0.1", 0);
                InetSocketAddress address = server.getLocalAddress();
                result = count("mongodb://127.0.0.1:" + address.getPort(), database, saved);
            } finally {
                server.shutdownNow();
            }
            where = "in the data directory after the bot stopped";
        } else {
            result = count(given.get("mongodb-uri"), database, saved);
            where = "in MongoDB";
        }
        System.out.println(result.describe(where));
        if (given.containsKey("result-out")) {
            StringBuilder text = new StringBuilder();
            result.asMap(given.getOrDefault("prefix", "")).forEach((k, v) -> text.append(k).append('=').append(v)
                .append('\n'));
            Files.writeString(Path.of(given.get("result-out")), text, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** Counts, for the confirmed rounds, the pupils and needs stored under their conversations. */
    static Result count(String uri, String database, List<Saved> saved) {
        Set<String> conversations = new HashSet<>();
        saved.forEach(s -> conversations.add(s.conversationId()));
        // conversation + lower-case name -> number of needs stored
        Map<String, Integer> stored = new HashMap<>();
        MongoClientSettings settings = MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(uri))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
            .build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoCollection<Document> pupils = client.getDatabase(database).getCollection("pupils");
            List<String> ids = new ArrayList<>(conversations);
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                // in batches: one reply for every pupil of a long run outgrows the wire protocol's 48 MB
                for (Document pupil : pupils.find(Filters.in("teamId", chunk))
                        .projection(Projections.include("teamId", "name", "needs")).batchSize(1_000)) {
                    List<?> needs = pupil.getList("needs", Object.class);
                    stored.put(key(pupil.getString("teamId"), pupil.getString("name")), needs == null ? 0 : needs.size());
                }
            }
        }
        int found = 0;
        int lost = 0;
        int shortOfNeeds = 0;
        long expected = 0;
        long storedNeeds = 0;
        Set<String> confirmed = new HashSet<>();
        for (Saved round : saved) {
            String key = key(round.conversationId(), round.pupil());
            confirmed.add(key);
            expected += round.expectedNeeds();
            Integer needs = stored.get(key);
            if (needs == null) {
                lost++;
                continue;
            }
            found++;
            storedNeeds += needs;
            if (needs == 0) {
                lost++;
            } else if (needs < round.expectedNeeds()) {
                shortOfNeeds++;
            }
        }
        int unconfirmed = (int) stored.keySet().stream().filter(key -> !confirmed.contains(key)).count();
        return new Result(saved.size(), found, lost, shortOfNeeds, expected, storedNeeds, unconfirmed);
    }

    private static String key(String conversation, String name) {
        return conversation + "\u0000" + (name == null ? "" : name.toLowerCase(Locale.ROOT));
    }
}
