package nl.hgw.bot.storage;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.hgw.dialogs.pupil.PlannedNeed;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.Reach;
import nl.hgw.dialogs.pupil.SupportKind;
import nl.hgw.dialogs.pupil.TeacherSupport;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.nlp.Category;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's pupils in the MongoDB collection {@value #COLLECTION}, one document per pupil
 * with the needs and the teacher's support needs as sub-documents:
 *
 * <pre>
 * {_id, schemaVersion, tenantId, teamId, nameKey, name, goal,
 *  needs: [{category, text, reach, rule?}], strengths: [text], teacherSupport: {kinds: [id], text},
 *  createdBy, updatedBy, createdAt, updatedAt}
 * </pre>
 *
 * A need's {@code rule} (the engine rule that wrote it) is left out when there is none; documents
 * stored before it was kept read as needs without one.
 *
 * One document, because a pupil's plan is written, read and deleted as a whole: a single
 * document write is atomic without transactions (which the embedded server lacks), so a plan
 * is never half-saved and "verwijder" leaves nothing behind. Every query filters on
 * {@code tenantId} and {@code teamId} (the unique index {@code team_pupil} starts with them);
 * only the retention purge selects by age alone, and an administrator's delete of a tenant by
 * tenant alone. Never logs names or texts: driver errors are
 * reported by class and code only (a duplicate-key message would quote the name).
 */
public final class MongoPupilRepository implements PupilRepository {

    public static final String COLLECTION = "pupils";

    /** The layout of the documents; raise it when fields change meaning. */
    static final int SCHEMA_VERSION = 1;

    static final String TENANT = "tenantId";

    static final String TEAM = "teamId";

    static final String KEY = "nameKey";

    static final String UPDATED_AT = "updatedAt";

    private static final String NAME = "name";

    private static final String GOAL = "goal";

    private static final String NEEDS = "needs";

    private static final String STRENGTHS = "strengths";

    private static final String SUPPORT = "teacherSupport";

    private static final String CREATED_BY = "createdBy";

    private static final String UPDATED_BY = "updatedBy";

    private static final String CREATED_AT = "createdAt";

    private static final String SCHEMA = "schemaVersion";

    private static final int DUPLICATE_KEY = 11000;

    private static final Logger LOG = LoggerFactory.getLogger(MongoPupilRepository.class);

    private final MongoDatabase database;

    private final MongoCollection<Document> pupils;

    private final Duration retention;

    private final Clock clock;

    /**
     * @param retention how long a pupil is kept after its last change (TTL index and purge)
     */
    public MongoPupilRepository(MongoDatabase database, Duration retention, Clock clock) {
        this.database = database;
        this.pupils = database.getCollection(COLLECTION);
        this.retention = retention;
        this.clock = clock;
    }

    /**
     * The unique index per team and name, and the TTL index that lets a real MongoDB drop a
     * pupil {@code retention} after its last change (a changed retention is applied with
     * {@code collMod}). Safe on every start; logs and goes on when the database is away.
     */
    public void createIndexes() {
        try {
            pupils.createIndex(Indexes.ascending(TENANT, TEAM, KEY), new IndexOptions().name("team_pupil").unique(true));
            RetentionIndex.ensure(database, COLLECTION, UPDATED_AT, retention);
        } catch (MongoException e) {
            LOG.warn("Could not create the indexes of '{}' now ({})", COLLECTION, e.getClass().getSimpleName());
        }
    }

    @Override
    public PupilPlan save(TeamScope team, PupilPlan plan, String authorId) {
        Date now = Date.from(clock.instant());
        Bson update = Updates.combine(
            Updates.set(SCHEMA, SCHEMA_VERSION),
            Updates.set(NAME, plan.name().strip()),
            Updates.set(GOAL, plan.goal()),
            Updates.set(NEEDS, plan.needs().stream().map(MongoPupilRepository::needDocument).toList()),
            Updates.set(STRENGTHS, plan.strengths()),
            Updates.set(SUPPORT, new Document("kinds", plan.support().kinds().stream().map(SupportKind::id).toList())
                .append("text", plan.support().text())),
            Updates.set(UPDATED_BY, authorId),
            Updates.set(UPDATED_AT, now),
            Updates.setOnInsert(CREATED_BY, authorId),
            Updates.setOnInsert(CREATED_AT, now));
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        return call(() -> {
            try {
                return plan(pupils.findOneAndUpdate(pupil(team, plan.name()), update, upsert));
            } catch (MongoWriteException | MongoCommandException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                // two saves of a new pupil raced: the other one inserted it, so this one updates it
                return plan(pupils.findOneAndUpdate(pupil(team, plan.name()), update, upsert));
            }
        });
    }

    @Override
    public Optional<PupilPlan> find(TeamScope team, String name) {
        return call(() -> Optional.ofNullable(pupils.find(pupil(team, name)).first()).map(MongoPupilRepository::plan));
    }

    @Override
    public List<PupilPlan> list(TeamScope team) {
        return call(() -> pupils.find(Equal.team(team)).sort(Sorts.ascending(KEY)).map(MongoPupilRepository::plan)
            .into(new ArrayList<>()));
    }

    @Override
    public boolean delete(TeamScope team, String name) {
        return call(() -> pupils.deleteOne(pupil(team, name)).getDeletedCount() > 0);
    }

    @Override
    public long deleteAllOfTeam(TeamScope team) {
        return call(() -> pupils.deleteMany(Equal.team(team)).getDeletedCount());
    }

    /** Deletes every pupil of every team of the tenant; for an administrator. Returns how many. */
    public long deleteAllOfTenant(String tenantId) {
        return call(() -> pupils.deleteMany(Filters.eq(TENANT, tenantId)).getDeletedCount());
    }

    /**
     * Deletes the pupils not changed since {@code cutoff}, in every team: the retention purge
     * (the TTL index does the same on a real MongoDB; the embedded server ignores TTL indexes).
     */
    public long deleteNotUpdatedSince(Instant cutoff) {
        return call(() -> pupils.deleteMany(Filters.lt(UPDATED_AT, Date.from(cutoff))).getDeletedCount());
    }

    private static Bson pupil(TeamScope team, String name) {
        return Equal.fields(TENANT, team.tenantId(), TEAM, team.teamId(), KEY, PupilRepository.key(name));
    }

    private static Document needDocument(PlannedNeed need) {
        Document document = new Document("category", need.category().id()).append("text", need.text())
            .append("reach", need.reach().id());
        if (!need.rule().isEmpty()) {
            document.append("rule", need.rule());
        }
        return document;
    }

    private static PupilPlan plan(Document document) {
        List<PlannedNeed> needs = new ArrayList<>();
        for (Document need : document.getList(NEEDS, Document.class, List.of())) {
            Category category = Category.fromId(need.getString("category")).orElse(Category.TEACHER);
            Reach reach = Reach.fromId(need.getString("reach")).orElse(Reach.INDIVIDUAL);
            needs.add(new PlannedNeed(category, need.getString("text"), reach, need.getString("rule")));
        }
        Document support = document.get(SUPPORT, new Document());
        List<SupportKind> kinds = support.getList("kinds", String.class, List.of()).stream().map(SupportKind::fromId)
            .flatMap(Optional::stream).toList();
        return new PupilPlan(document.getString(NAME), document.getString(GOAL), needs,
            document.getList(STRENGTHS, String.class, List.of()), new TeacherSupport(kinds, support.getString("text")),
            document.getString(CREATED_BY), document.getString(UPDATED_BY), instant(document.getDate(CREATED_AT)),
            instant(document.getDate(UPDATED_AT)));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static boolean isDuplicateKey(MongoException e) {
        return e.getCode() == DUPLICATE_KEY
            || (e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
    }

    /** Runs a driver call; a driver failure becomes {@link UnavailableException}, without its message. */
    private static <T> T call(Supplier<T> work) {
        return DatabaseCalls.call(work, UnavailableException::new);
    }
}
