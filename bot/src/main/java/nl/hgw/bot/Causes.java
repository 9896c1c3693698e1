package nl.hgw.bot;

import java.util.function.Predicate;

/** Searching an exception's cause chain (a cause that is its own cause ends it). */
public final class Causes {

    private Causes() {
    }

    /** The first throwable in the chain, {@code error} included, that is one of {@code types}; null if none. */
    public static Throwable firstOf(Throwable error, Class<?>... types) {
        return first(error, cause -> {
            for (Class<?> type : types) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The first throwable in the chain, {@code error} included, that matches; null if none. */
    public static Throwable first(Throwable error, Predicate<Throwable> matches) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (matches.test(cause)) {
                return cause;
            }
        }
        return null;
    }
}
