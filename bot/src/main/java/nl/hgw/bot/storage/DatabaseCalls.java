package nl.hgw.bot.storage;

import com.mongodb.MongoException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A call to MongoDB whose failure a dialog knows as "the store is away" (its own exception),
 * described by the driver's exception class and code only, never by data.
 */
public final class DatabaseCalls {

    private DatabaseCalls() {
    }

    public static <T> T call(Supplier<T> work, Function<String, ? extends RuntimeException> away) {
        try {
            return work.get();
        } catch (MongoException e) {
            throw away.apply(e.getClass().getSimpleName() + " (code " + e.getCode() + ")");
        }
    }
}
