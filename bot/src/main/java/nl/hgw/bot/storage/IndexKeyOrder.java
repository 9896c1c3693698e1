package nl.hgw.bot.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order of the keys of the embedded server's unique indexes: by their values. H2 compares keys
 * of a class it does not know (the server's {@link KeyValue}) by writing both with Java
 * serialisation and comparing the bytes, for every comparison of every lookup and update: under
 * load that was 5 % of the bot's CPU time and 14 % of what it allocated (JFR, bench/results).
 * Here keys compare value by value: strings, numbers, ObjectIds, dates and booleans by their own
 * order (for these, two keys compare as equal exactly when they are equal, as a unique index
 * needs), other values by their serialised bytes as before, values of different classes by class
 * name.
 *
 * <p>Stored keys are written and read as before ({@link ObjectDataType}); only their order in the
 * tree differs. An index written in the old order is put in this order once, when it is opened
 * ({@link #putInOrder}).
 */
final class IndexKeyOrder extends ObjectDataType {

    /** Classes whose {@code compareTo} agrees with their {@code equals}. */
    private static final Set<Class<?>> ORDERED_BY_THEMSELVES = Set.of(String.class, Double.class, Long.class,
        Integer.class, Boolean.class, ObjectId.class, UUID.class, Date.class, Instant.class);

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    private static int compareKeys(KeyValue a, KeyValue b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (Objects.equals(a, b)) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() != b.getClass()) {
            int byName = a.getClass().getName().compareTo(b.getClass().getName());
            if (byName != 0) {
                return byName;
            }
        } else if (ORDERED_BY_THEMSELVES.contains(a.getClass())) {
            return ((Comparable) a).compareTo(b);
        }
        return compareNotNull(serialize(a), serialize(b));
    }

    /**
     * Puts an index written in another order (by an earlier version) in this one: reads its entries
     * in the stored order, which needs no comparison, and writes them again. Returns whether it had
     * to; the caller commits. A store that commits only when asked keeps the old index until then.
     */
    static boolean putInOrder(MVMap<KeyValue, Object> index) {
        if (inOrder(index)) {
            return false;
        }
        Map<KeyValue, Object> entries = new LinkedHashMap<>();
        Cursor<KeyValue, Object> stored = index.cursor(null);
        while (stored.hasNext()) {
            entries.put(stored.next(), stored.getValue());
        }
        index.clear();
        index.putAll(entries);
        return true;
    }

    private static boolean inOrder(MVMap<KeyValue, Object> index) {
        KeyValue previous = null;
        for (Iterator<KeyValue> keys = index.keyIterator(null); keys.hasNext(); ) {
            KeyValue key = keys.next();
            if (previous != null && compareKeys(previous, key) >= 0) {
                return false;
            }
            previous = key;
        }
        return true;
    }
}
