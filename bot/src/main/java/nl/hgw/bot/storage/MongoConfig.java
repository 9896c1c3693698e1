package nl.hgw.bot.storage;

import com.microsoft.bot.builder.Storage;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import nl.hgw.bot.HgwProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MongoDB through the official driver: our own client (so Boot's Mongo auto-configuration
 * stays out), the database, and the bot state storage with its indexes.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(HgwProperties properties) {
        return MongoConnection.open(properties);
    }

    /** Closed by {@link MongoConnection}, after everything that uses it. */
    @Bean(destroyMethod = "")
    MongoClient mongoClient(MongoConnection connection) {
        return connection.client();
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, HgwProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }

    @Bean
    Storage botStateStorage(MongoDatabase database) {
        MongoStorage storage = new MongoStorage(database);
        storage.createIndexes();
        return storage;
    }
}
