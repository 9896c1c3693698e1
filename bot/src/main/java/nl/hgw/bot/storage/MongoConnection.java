package nl.hgw.bot.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.concurrent.TimeUnit;
import nl.hgw.bot.HgwProperties;

/**
 * The one MongoDB client of the bot: to {@code MONGODB_URI} when set (write concern
 * majority unless the URI names another {@code w}), else to an {@link EmbeddedMongo} it starts. Closing closes the client, then the embedded server.
 */
final class MongoConnection implements AutoCloseable {

    private final EmbeddedMongo embedded;

    private final MongoClient client;

    private MongoConnection(EmbeddedMongo embedded, MongoClient client) {
        this.embedded = embedded;
        this.client = client;
    }

    static MongoConnection open(HgwProperties properties) {
        HgwProperties.Mongodb mongodb = properties.mongodb();
        EmbeddedMongo embedded = mongodb.embedded() ? EmbeddedMongo.start(properties.dataDir()) : null;
        // never set serverApi: the embedded server does not answer 'hello' and would never connect
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
            .applicationName("hgw-bot")
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                mongodb.timeout().toMillis(), TimeUnit.MILLISECONDS));
        if (embedded != null) {
            settings.applyConnectionString(new ConnectionString(embedded.connectionString()));
        } else {
            ConnectionString uri = new ConnectionString(mongodb.uri().strip());
            settings.applyConnectionString(uri);
            if (uri.getWriteConcern() == null) {
                // a need a teacher was told is saved must survive the loss of the primary
                settings.writeConcern(WriteConcern.MAJORITY);
            }
        }
        try {
            return new MongoConnection(embedded, MongoClients.create(settings.build()));
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    MongoClient client() {
        return client;
    }

    boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
