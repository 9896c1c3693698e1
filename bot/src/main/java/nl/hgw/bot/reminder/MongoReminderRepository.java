package nl.hgw.bot.reminder;

import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.hgw.bot.storage.DatabaseCalls;
import nl.hgw.bot.storage.Equal;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.dialogs.reminder.Reminder;
import nl.hgw.dialogs.reminder.ReminderRepository;
import nl.hgw.dialogs.spiegel.SpiegelRepository;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders in the collection {@value #COLLECTION}: {@code {_id, tenantId, teamId, spiegelId,
 * spiegelDate, due, dueAt, locale, what, check, reference, state, attempts, leaseOwner,
 * leaseUntil, createdAt, updatedAt}}. {@code dueAt} is {@value #HOUR}:00 school time on the due
 * day. Sending takes a lease ({@link #claimDue}): one instance at a time has a reminder, and a
 * lease of an instance that crashed runs out, so another sends it. Everything a team asks for is
 * scoped by tenant and team; only the scheduler's {@link #claimDue}, {@link #markSent},
 * {@link #failed} and {@link #purge} select across teams, by due time, id or age alone.
 */
public final class MongoReminderRepository implements ReminderRepository {

    private static final Logger LOG = LoggerFactory.getLogger(MongoReminderRepository.class);

    public static final String COLLECTION = "reminders";

    /** The hour of the due day from which a reminder may be sent. */
    static final int HOUR = 9;

    /** After this many failed sends a reminder is given up (state {@code failed}). */
    static final int MAX_ATTEMPTS = 5;

    private static final String TENANT = "tenantId";

    private static final String TEAM = "teamId";

    private static final String STATE = "state";

    private static final String DUE_AT = "dueAt";

    private static final String OWNER = "leaseOwner";

    private static final String UNTIL = "leaseUntil";

    private static final String SCHEDULED = "scheduled";

    private final MongoCollection<Document> reminders;

    private final ZoneId zone;

    private final Clock clock;

    private final Duration retention;

    public MongoReminderRepository(MongoDatabase database, ZoneId zone, Clock clock, Duration retention) {
        this.reminders = database.getCollection(COLLECTION);
        this.zone = zone;
        this.clock = clock;
        this.retention = retention;
    }

    public void createIndexes() {
        try {
            reminders.createIndex(Indexes.ascending(TENANT, TEAM, DUE_AT), new IndexOptions().name("team_due"));
            reminders.createIndex(Indexes.ascending(STATE, DUE_AT), new IndexOptions().name("state_due"));
        } catch (MongoException e) {
            LOG.warn("Could not create the indexes of '{}' now ({})", COLLECTION, e.getClass().getSimpleName());
        }
    }

    @Override
    public void schedule(Reminder reminder) {
        Date now = Date.from(clock.instant());
        Document document = new Document("_id", reminder.id()).append("schemaVersion", 1)
            .append(TENANT, reminder.team().tenantId()).append(TEAM, reminder.team().teamId())
            .append("spiegelId", reminder.spiegelId()).append("spiegelDate", reminder.spiegelDate().toString())
            .append("due", reminder.due().toString()).append(DUE_AT, Date.from(dueAt(reminder.due())))
            .append("locale", reminder.locale()).append("what", reminder.what()).append("check", reminder.check())
            .append("reference", Serialization.toStringSilent(reminder.reference())).append(STATE, SCHEDULED)
            .append("attempts", 0).append("createdAt", Date.from(reminder.createdAt())).append("updatedAt", now);
        run(() -> reminders.insertOne(document));
    }

    @Override
    public List<Reminder> scheduled(TeamScope team) {
        return run(() -> reminders.find(Equal.fields(TENANT, team.tenantId(), TEAM, team.teamId(), STATE, SCHEDULED))
            .sort(Sorts.ascending(DUE_AT)).map(MongoReminderRepository::reminder).into(new ArrayList<>()));
    }

    @Override
    public Optional<Reminder> find(TeamScope team, String id) {
        return run(() -> Optional.ofNullable(reminders.find(Equal.fields(TENANT, team.tenantId(), TEAM, team.teamId(),
                "_id", id)).first())
            .map(MongoReminderRepository::reminder));
    }

    @Override
    public boolean cancel(TeamScope team, String id) {
        return run(() -> reminders.updateOne(Equal.fields(TENANT, team.tenantId(), TEAM, team.teamId(), "_id", id,
            STATE, SCHEDULED), Updates.combine(Updates.set(STATE, "cancelled"),
            Updates.set("updatedAt", Date.from(clock.instant())))).getModifiedCount() == 1);
    }

    /**
     * Takes the earliest reminder that is due and not held by another instance, for {@code lease}.
     * Atomic: of two instances asking at once, one gets it.
     */
    Optional<Reminder> claimDue(Instant now, String owner, Duration lease) {
        Bson free = Filters.or(Filters.exists(UNTIL, false), Filters.eq(UNTIL, null), Filters.lt(UNTIL, Date.from(now)));
        while (true) {
            Document claimed = reminders.findOneAndUpdate(
                Filters.and(Filters.eq(STATE, SCHEDULED), Filters.lte(DUE_AT, Date.from(now)), free),
                Updates.combine(Updates.set(OWNER, owner), Updates.set(UNTIL, Date.from(now.plus(lease))),
                    Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending(DUE_AT)).returnDocument(ReturnDocument.AFTER));
            if (claimed == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(reminder(claimed));
            } catch (RuntimeException unreadable) {
                // a document no reminder can be made of would be claimed again after every lease
                LOG.warn("Reminder {} cannot be read ({}); marked failed", claimed.get("_id"),
                    unreadable.getClass().getSimpleName());
                reminders.updateOne(Filters.eq("_id", claimed.get("_id")), Updates.combine(
                    Updates.set(STATE, "failed"), Updates.set("updatedAt", Date.from(clock.instant()))));
            }
        }
    }

    /** The reminder reached the conversation. */
    void markSent(String id, String owner) {
        Date now = Date.from(clock.instant());
        reminders.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(OWNER, owner), Filters.eq(STATE, SCHEDULED)),
            Updates.combine(Updates.set(STATE, "sent"), Updates.set("sentAt", now), Updates.set("updatedAt", now)));
    }

    /** Sending failed: tried again after {@code retryAt}, or given up after {@value #MAX_ATTEMPTS} attempts. */
    void failed(String id, String owner, Instant retryAt) {
        reminders.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(OWNER, owner), Filters.gte("attempts",
            MAX_ATTEMPTS)), Updates.set(STATE, "failed"));
        reminders.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(OWNER, owner)),
            Updates.combine(Updates.set(UNTIL, Date.from(retryAt)), Updates.set("updatedAt", Date.from(clock.instant()))));
    }

    /** Deletes sent, cancelled and failed reminders older than the retention; returns how many. */
    long purge() {
        Date cutoff = Date.from(clock.instant().minus(retention));
        return reminders.deleteMany(Filters.and(Filters.ne(STATE, SCHEDULED), Filters.lt("updatedAt", cutoff)))
            .getDeletedCount();
    }

    /** Every reminder of a team, for an administrator; returns how many. */
    public static long deleteAllOfTeam(MongoDatabase database, TeamScope team) {
        return database.getCollection(COLLECTION).deleteMany(Equal.team(team)).getDeletedCount();
    }

    /** Every reminder of every team of a tenant, for an administrator; returns how many. */
    public static long deleteAllOfTenant(MongoDatabase database, String tenantId) {
        return database.getCollection(COLLECTION).deleteMany(Filters.eq(TENANT, tenantId)).getDeletedCount();
    }

    /** The moment a reminder of that day may go: {@value #HOUR}:00 school time. */
    Instant dueAt(LocalDate due) {
        return due.atTime(LocalTime.of(HOUR, 0)).atZone(zone).toInstant();
    }

    private static Reminder reminder(Document document) {
        ConversationReference reference;
        try {
            reference = Serialization.treeToValue(Serialization.jsonToTree(document.getString("reference")),
                ConversationReference.class);
        } catch (IOException e) {
            throw new IllegalStateException("A stored conversation reference cannot be read", e);
        }
        return new Reminder(document.getString("_id"), new TeamScope(document.getString(TENANT),
            document.getString(TEAM)), document.getString("spiegelId"), LocalDate.parse(document.getString("spiegelDate")),
            LocalDate.parse(document.getString("due")), document.getString("locale"), document.getString("what"),
            document.getString("check"), reference, document.getDate("createdAt").toInstant());
    }

    private static <T> T run(Supplier<T> query) {
        return DatabaseCalls.call(query, SpiegelRepository.UnavailableException::new);
    }

    private static void run(Runnable command) {
        run(() -> {
            command.run();
            return null;
        });
    }
}
