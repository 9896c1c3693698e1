package nl.hgw.bot.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;
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
 *
 * <p>Index keys hold personal data (a pupil's name in the pupils' index), so nothing is remembered
 * longer than {@link #FORGET_AFTER}: a deleted pupil's key does not stay in memory because its
 * index is quiet (the store itself keeps old pages for 45 s).
 */
final class SerializedKeyOrder extends ObjectDataType {

    /** How many keys' bytes are remembered (a power of two). */
    static final int REMEMBERED = 1024;

    /** How long at most. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(1);

    /** Written and read without locks: an entry is immutable, and a lost or stale slot only costs a serialisation. */
    private final Entry[] remembered = new Entry[REMEMBERED];

    private final LongSupplier nanoTime;

    private volatile long forgetAt;

    private record Entry(Object key, byte[] bytes) {
    }

    SerializedKeyOrder() {
        this(System::nanoTime);
    }

    SerializedKeyOrder(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.forgetAt = nanoTime.getAsLong() + FORGET_AFTER.toNanos();
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue) {
            return a == b ? 0 : compareNotNull(bytes(a), bytes(b));
        }
        return super.compare(a, b);
    }

    /** How many keys are remembered now (for tests). */
    int rememberedKeys() {
        return (int) Arrays.stream(remembered).filter(entry -> entry != null).count();
    }

    private byte[] bytes(Object key) {
        long now = nanoTime.getAsLong();
        if (now - forgetAt >= 0) {
            forgetAt = now + FORGET_AFTER.toNanos();
            Arrays.fill(remembered, null);
        }
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
