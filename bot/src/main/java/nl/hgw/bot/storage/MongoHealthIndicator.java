package nl.hgw.bot.storage;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import nl.hgw.bot.HgwProperties;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health "mongo": UP when the database answers {@code ping} within the configured timeout. */
@Component
class MongoHealthIndicator implements HealthIndicator {

    private final MongoDatabase database;

    MongoHealthIndicator(MongoDatabase database, HgwProperties properties) {
        this.database = database.withTimeout(properties.mongodb().timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (MongoException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
