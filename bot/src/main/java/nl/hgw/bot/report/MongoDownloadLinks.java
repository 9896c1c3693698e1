package nl.hgw.bot.report;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.bot.storage.Equal;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.DownloadLinks;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Documents the bot wrote, downloadable for a while, in the collection {@value #COLLECTION}:
 * {@code {_id: token, tenantId, teamId, name, mediaType, content, expiresAt}}. The token is 256
 * random bits, so the link is the key; an expired link answers as if it never existed and is
 * deleted (a TTL index does that too on a real MongoDB, {@link #purgeExpired} on the embedded one).
 * A team's documents go with the team's other data.
 */
public final class MongoDownloadLinks implements DownloadLinks {

    public static final String COLLECTION = "downloads";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MongoDownloadLinks.class);

    static final String PATH = "api/downloads/";

    private static final String EXPIRES = "expiresAt";

    private final MongoCollection<Document> downloads;

    private final Clock clock;

    private final Duration lifetime;

    private final java.util.function.Supplier<URI> base;

    private final SecureRandom random = new SecureRandom();

    /** @param base the bot's address as users reach it (known once the server listens) */
    MongoDownloadLinks(MongoDatabase database, Clock clock, Duration lifetime, java.util.function.Supplier<URI> base) {
        this.downloads = database.getCollection(COLLECTION);
        this.clock = clock;
        this.lifetime = lifetime;
        this.base = base;
    }

    /** The TTL and team indexes; a database that is away now is no reason not to start. */
    void createIndexes() {
        try {
            downloads.createIndex(Indexes.ascending(EXPIRES), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
            downloads.createIndex(Indexes.ascending("tenantId", "teamId"));
        } catch (MongoException e) {
            LOG.warn("Could not create the indexes of '{}' now ({})", COLLECTION, e.getClass().getSimpleName());
        }
    }

    @Override
    public URI publish(TeamScope team, String fileName, String mediaType, byte[] content) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        try {
            downloads.insertOne(new Document("_id", token).append("tenantId", team.tenantId())
                .append("teamId", team.teamId()).append("name", fileName).append("mediaType", mediaType)
                .append("content", new Binary(content)).append(EXPIRES, Date.from(clock.instant().plus(lifetime))));
        } catch (MongoException e) {
            throw new PupilRepository.UnavailableException(e.getClass().getSimpleName());
        }
        return base.get().resolve(PATH + token);
    }

    /** A document that is still valid. */
    Optional<Download> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Document found;
        try {
            found = downloads.find(Filters.eq("_id", token)).first();
        } catch (MongoException e) {
            throw new PupilRepository.UnavailableException(e.getClass().getSimpleName());
        }
        if (found == null) {
            return Optional.empty();
        }
        if (!found.getDate(EXPIRES).toInstant().isAfter(clock.instant())) {
            downloads.deleteOne(Filters.eq("_id", token));
            return Optional.empty();
        }
        return Optional.of(new Download(found.getString("name"), found.getString("mediaType"),
            found.get("content", Binary.class).getData()));
    }

    /** Deletes every expired document; returns how many. */
    long purgeExpired() {
        return downloads.deleteMany(Filters.lte(EXPIRES, Date.from(clock.instant()))).getDeletedCount();
    }

    /** Deletes every document of a team (with the team's other data); returns how many. */
    public static long deleteAllOfTeam(MongoDatabase database, TeamScope team) {
        return database.getCollection(COLLECTION).deleteMany(Equal.team(team)).getDeletedCount();
    }

    /** Deletes every document of every team of the tenant; returns how many. */
    public static long deleteAllOfTenant(MongoDatabase database, String tenantId) {
        return database.getCollection(COLLECTION).deleteMany(Filters.eq("tenantId", tenantId)).getDeletedCount();
    }

    record Download(String name, String mediaType, byte[] content) {
    }
}
