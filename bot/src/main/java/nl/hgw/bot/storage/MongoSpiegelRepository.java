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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.spiegel.Answer;
import nl.hgw.dialogs.spiegel.CommitmentAnswer;
import nl.hgw.dialogs.spiegel.CommitmentStep;
import nl.hgw.dialogs.spiegel.Feed;
import nl.hgw.dialogs.spiegel.Reflection;
import nl.hgw.dialogs.spiegel.Spiegel;
import nl.hgw.dialogs.spiegel.SpiegelRepository;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's spiegels in the MongoDB collection {@value #COLLECTION}, one document per
 * spiegel, finished or not:
 *
 * <pre>
 * {_id, schemaVersion, tenantId, teamId, spiegelId, date: "2026-11-24", principles: [id],
 *  answers: [{principle, feed, text, authorId, authorName, at}],
 *  commitment: [{step, text, authorId, authorName, at}],
 *  evaluation: [{text, authorId, authorName, at}],
 *  progress, finished, startedBy, createdAt, updatedAt}
 * </pre>
 *
 * One document, so a spiegel is saved and deleted as a whole without transactions. Every
 * query filters on {@code tenantId} and {@code teamId} (the unique index {@code team_spiegel}
 * starts with them), so another team's id or date finds nothing; only the retention purge
 * selects by age alone, and an administrator's delete of a tenant by tenant alone. A save
 * never touches {@code evaluation}: reflections are added with {@code $push}. Never logs
 * texts or names: driver errors are reported by class and code.
 */
public final class MongoSpiegelRepository implements SpiegelRepository {

    public static final String COLLECTION = "spiegels";

    /** The layout of the documents; raise it when fields change meaning. */
    static final int SCHEMA_VERSION = 1;

    static final String TENANT = "tenantId";

    static final String TEAM = "teamId";

    static final String ID = "spiegelId";

    static final String DATE = "date";

    static final String UPDATED_AT = "updatedAt";

    private static final String EVALUATION = "evaluation";

    private static final String CREATED_AT = "createdAt";

    private static final int DUPLICATE_KEY = 11000;

    private static final Logger LOG = LoggerFactory.getLogger(MongoSpiegelRepository.class);

    private final MongoDatabase database;

    private final MongoCollection<Document> spiegels;

    private final Duration retention;

    private final Clock clock;

    /** @param retention how long a spiegel is kept after its last change (TTL index and purge) */
    public MongoSpiegelRepository(MongoDatabase database, Duration retention, Clock clock) {
        this.database = database;
        this.spiegels = database.getCollection(COLLECTION);
        this.retention = retention;
        this.clock = clock;
    }

    /** The unique index per team and id, one per team and date, and the TTL index. Safe on every start. */
    public void createIndexes() {
        try {
            spiegels.createIndex(Indexes.ascending(TENANT, TEAM, ID), new IndexOptions().name("team_spiegel").unique(true));
            spiegels.createIndex(Indexes.ascending(TENANT, TEAM, DATE), new IndexOptions().name("team_date"));
            RetentionIndex.ensure(database, COLLECTION, UPDATED_AT, retention);
        } catch (MongoException e) {
            LOG.warn("Could not create the indexes of '{}' now ({})", COLLECTION, e.getClass().getSimpleName());
        }
    }

    @Override
    public Spiegel save(TeamScope team, Spiegel spiegel) {
        Bson update = Updates.combine(
            Updates.set("schemaVersion", SCHEMA_VERSION),
            Updates.set(DATE, spiegel.date().toString()),
            Updates.set("principles", spiegel.principles()),
            Updates.set("answers", spiegel.answers().stream().map(MongoSpiegelRepository::answer).toList()),
            Updates.set("commitment", spiegel.commitment().stream().map(MongoSpiegelRepository::step).toList()),
            Updates.set("progress", spiegel.progress()),
            Updates.set("finished", spiegel.finished()),
            Updates.set("startedBy", spiegel.startedBy()),
            Updates.set(UPDATED_AT, date(spiegel.updatedAt() == null ? clock.instant() : spiegel.updatedAt())),
            Updates.setOnInsert(CREATED_AT, date(spiegel.createdAt() == null ? clock.instant() : spiegel.createdAt())),
            Updates.setOnInsert(EVALUATION, List.of()));
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        return call(() -> {
            try {
                return spiegel(spiegels.findOneAndUpdate(one(team, spiegel.id()), update, upsert));
            } catch (MongoWriteException | MongoCommandException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                // two first saves raced: the other one inserted it, so this one updates it
                return spiegel(spiegels.findOneAndUpdate(one(team, spiegel.id()), update, upsert));
            }
        });
    }

    @Override
    public Optional<Spiegel> find(TeamScope team, String id) {
        return call(() -> Optional.ofNullable(spiegels.find(one(team, id)).first()).map(MongoSpiegelRepository::spiegel));
    }

    @Override
    public List<Spiegel> list(TeamScope team) {
        return call(() -> spiegels.find(Equal.team(team)).sort(Sorts.descending(DATE, CREATED_AT))
            .map(MongoSpiegelRepository::spiegel).into(new ArrayList<>()));
    }

    @Override
    public List<Spiegel> onDate(TeamScope team, LocalDate date) {
        return call(() -> spiegels.find(heldOn(team, date))
            .sort(Sorts.descending(CREATED_AT)).map(MongoSpiegelRepository::spiegel).into(new ArrayList<>()));
    }

    @Override
    public boolean addReflection(TeamScope team, String id, Reflection reflection) {
        Document entry = new Document("text", reflection.text()).append("authorId", reflection.authorId())
            .append("authorName", reflection.authorName()).append("at", date(reflection.at()));
        return call(() -> spiegels.updateOne(one(team, id), Updates.combine(Updates.push(EVALUATION, entry),
            Updates.set(UPDATED_AT, date(clock.instant())))).getMatchedCount() > 0);
    }

    @Override
    public boolean delete(TeamScope team, String id) {
        return call(() -> spiegels.deleteOne(one(team, id)).getDeletedCount() > 0);
    }

    @Override
    public long deleteOnDate(TeamScope team, LocalDate date) {
        return call(() -> spiegels.deleteMany(heldOn(team, date))
            .getDeletedCount());
    }

    @Override
    public long deleteAllOfTeam(TeamScope team) {
        return call(() -> spiegels.deleteMany(Equal.team(team)).getDeletedCount());
    }

    /** Deletes every spiegel of every team of the tenant; for an administrator. Returns how many. */
    public long deleteAllOfTenant(String tenantId) {
        return call(() -> spiegels.deleteMany(Filters.eq(TENANT, tenantId)).getDeletedCount());
    }

    /** Deletes the spiegels not changed since {@code cutoff}, in every team: the retention purge. */
    public long deleteNotUpdatedSince(Instant cutoff) {
        return call(() -> spiegels.deleteMany(Filters.lt(UPDATED_AT, date(cutoff))).getDeletedCount());
    }

    private static Bson heldOn(TeamScope team, LocalDate date) {
        return Equal.fields(TENANT, team.tenantId(), TEAM, team.teamId(), DATE, date.toString());
    }

    private static Bson one(TeamScope team, String id) {
        return Equal.fields(TENANT, team.tenantId(), TEAM, team.teamId(), ID, id);
    }

    private static Document answer(Answer answer) {
        return new Document("principle", answer.principle()).append("feed", answer.feed().id())
            .append("text", answer.text()).append("authorId", answer.authorId())
            .append("authorName", answer.authorName()).append("at", date(answer.at()));
    }

    private static Document step(CommitmentAnswer step) {
        return new Document("step", step.step().id()).append("text", step.text()).append("authorId", step.authorId())
            .append("authorName", step.authorName()).append("at", date(step.at()));
    }

    private static Spiegel spiegel(Document document) {
        List<Answer> answers = new ArrayList<>();
        for (Document answer : document.getList("answers", Document.class, List.of())) {
            Feed.fromId(answer.getString("feed")).ifPresent(feed -> answers.add(new Answer(answer.getString("principle"),
                feed, answer.getString("text"), answer.getString("authorId"), answer.getString("authorName"),
                instant(answer.getDate("at")))));
        }
        List<CommitmentAnswer> commitment = new ArrayList<>();
        for (Document step : document.getList("commitment", Document.class, List.of())) {
            CommitmentStep.fromId(step.getString("step")).ifPresent(id -> commitment.add(new CommitmentAnswer(id,
                step.getString("text"), step.getString("authorId"), step.getString("authorName"),
                instant(step.getDate("at")))));
        }
        List<Reflection> evaluation = document.getList(EVALUATION, Document.class, List.of()).stream()
            .map(entry -> new Reflection(entry.getString("text"), entry.getString("authorId"),
                entry.getString("authorName"), instant(entry.getDate("at")))).toList();
        return new Spiegel(document.getString(ID), LocalDate.parse(document.getString(DATE)),
            document.getList("principles", String.class, List.of()), answers, commitment, evaluation,
            document.getInteger("progress", 0), document.getBoolean("finished", false), document.getString("startedBy"),
            instant(document.getDate(CREATED_AT)), instant(document.getDate(UPDATED_AT)));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
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
