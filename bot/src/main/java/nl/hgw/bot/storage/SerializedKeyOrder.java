package nl.hgw.bot.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's own order for the keys of the embedded server's unique indexes, with far fewer
 * serialisations. The keys ({@link KeyValue}s) are not {@link Comparable}, so H2 orders them by
 * their Java serialisation and serialises both keys at every comparison: one index lookup among a
 * few thousand keys made two dozen {@code ObjectOutputStream}s. This type compares the same bytes
 * ({@link ObjectDataType#serialize}, {@link ObjectDataType#compareNotNull}) and remembers the bytes
 * of the keys it met last, by identity: a key searched for is serialised once per lookup, not once
 * per step, and the keys of pages in use once while they are remembered. So the order, and with it
 * every index file, is exactly H2's; writing and reading keys are H2's too. Distinct objects never
 * share bytes: keys equal as values may serialise differently (1 and 1.0).
 */
final class SerializedKeyOrder extends ObjectDataType {

    /** How many keys' bytes are remembered (a power of two). */
    static final int REMEMBERED = 1024;

    /** Written and read without locks: an entry is immutable, and a lost or stale slot only costs a serialisation. */
    private final Entry[] remembered = new Entry[REMEMBERED];

    private record Entry(Object key, byte[] bytes) {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue) {
            return a == b ? 0 : compareNotNull(bytes(a), bytes(b));
        }
        return super.compare(a, b);
    }

    private byte[] bytes(Object key) {
        int slot = System.identityHashCode(key) & (REMEMBERED - 1);
        Entry entry = remembered[slot];
        if (entry != null && entry.key() == key) {
            return entry.bytes();
        }
        byte[] bytes = serialize(key);
        remembered[slot] = new Entry(key, bytes);
        return bytes;
    }
}
