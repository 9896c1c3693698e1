package nl.hgw.bot.storage;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.hgw.dialogs.group.Circle;
import nl.hgw.dialogs.group.GroupLayout;
import nl.hgw.dialogs.group.GroupRepository;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each team changed in its group overview, in the MongoDB collection {@value #COLLECTION},
 * one document per team:
 *
 * <pre>
 * {_id, schemaVersion, tenantId, teamId, names: {circleId: name}, moves: [{pupil: nameKey, circle}],
 *  updatedBy, updatedAt}
 * </pre>
 *
 * Every query filters on {@code tenantId} and {@code teamId} (the unique index {@code team_group});
 * only an administrator's delete of a tenant selects by tenant alone. Kept as long as the team's
 * pupils (the TTL index on {@code updatedAt}). Never logs names: driver errors by class and code.
 */
public final class MongoGroupRepository implements GroupRepository {

    public static final String COLLECTION = "groups";

    static final int SCHEMA_VERSION = 1;

    static final String TENANT = "tenantId";

    static final String TEAM = "teamId";

    static final String UPDATED_AT = "updatedAt";

    private static final Logger LOG = LoggerFactory.getLogger(MongoGroupRepository.class);

    private final MongoDatabase database;

    private final MongoCollection<Document> groups;

    private final Duration retention;

    private final Clock clock;

    /** @param retention how long a team's changes are kept after the last one (TTL index) */
    public MongoGroupRepository(MongoDatabase database, Duration retention, Clock clock) {
        this.database = database;
        this.groups = database.getCollection(COLLECTION);
        this.retention = retention;
        this.clock = clock;
    }

    /** The unique index per team and the TTL index. Safe on every start. */
    public void createIndexes() {
        try {
            groups.createIndex(Indexes.ascending(TENANT, TEAM), new IndexOptions().name("team_group").unique(true));
            RetentionIndex.ensure(database, COLLECTION, UPDATED_AT, retention);
        } catch (MongoException e) {
            LOG.warn("Could not create the indexes of '{}' now ({})", COLLECTION, e.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<GroupLayout> find(TeamScope team) {
        return call(() -> Optional.ofNullable(groups.find(Equal.team(team)).first()).map(MongoGroupRepository::layout));
    }

    @Override
    public GroupLayout save(TeamScope team, GroupLayout layout, String authorId) {
        Document names = new Document();
        layout.names().forEach((circle, name) -> names.append(circle.id(), name));
        Document document = new Document("schemaVersion", SCHEMA_VERSION).append(TENANT, team.tenantId())
            .append(TEAM, team.teamId()).append("names", names)
            .append("moves", layout.moves().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(move -> new Document("pupil", move.getKey()).append("circle", move.getValue().id())).toList())
            .append("updatedBy", authorId).append(UPDATED_AT, Date.from(clock.instant()));
        return call(() -> {
            groups.replaceOne(Equal.team(team), document, new ReplaceOptions().upsert(true));
            return layout(document);
        });
    }

    @Override
    public long deleteAllOfTeam(TeamScope team) {
        return call(() -> groups.deleteMany(Equal.team(team)).getDeletedCount());
    }

    /** Deletes the changes of every team of the tenant; for an administrator. Returns how many. */
    public long deleteAllOfTenant(String tenantId) {
        return call(() -> groups.deleteMany(Filters.eq(TENANT, tenantId)).getDeletedCount());
    }

    private static GroupLayout layout(Document document) {
        Map<Circle, String> names = new EnumMap<>(Circle.class);
        Document stored = document.get("names", Document.class);
        if (stored != null) {
            stored.forEach((id, name) -> Circle.fromId(id).ifPresent(circle -> names.put(circle, String.valueOf(name))));
        }
        Map<String, Circle> moves = new LinkedHashMap<>();
        for (Document move : document.getList("moves", Document.class, java.util.List.of())) {
            Circle.fromId(move.getString("circle")).ifPresent(circle -> moves.put(move.getString("pupil"), circle));
        }
        Date updated = document.getDate(UPDATED_AT);
        return new GroupLayout(names, moves, document.getString("updatedBy"), updated == null ? null : updated.toInstant());
    }

    /** Runs a driver call; a driver failure becomes an unavailable store, without its message. */
    private static <T> T call(Supplier<T> work) {
        return DatabaseCalls.call(work, PupilRepository.UnavailableException::new);
    }
}
