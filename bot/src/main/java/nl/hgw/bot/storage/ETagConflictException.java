package nl.hgw.bot.storage;

/**
 * A state write lost a race: the stored item changed (or vanished) since it was read.
 * Names the key, never the state.
 */
public class ETagConflictException extends RuntimeException {

    public ETagConflictException(String key) {
        super("eTag conflict: '" + key + "' was changed by someone else since it was read");
    }
}
