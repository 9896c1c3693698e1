package nl.hgw.bot.storage;

import com.microsoft.bot.builder.Storage;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import nl.hgw.bot.HgwProperties;
import nl.hgw.bot.HgwProperties.StateFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * MongoDB through the official driver: our own client (so Boot's Mongo auto-configuration
 * stays out), the database, the bot state storage and the pupils, each with its indexes,
 * and the hourly retention purge.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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

    /**
     * Conversation and user state in MongoDB, carried through an outage of it in memory; on the
     * embedded database, which only this process writes, read from that memory when it has it.
     */
    @Bean
    OutageTolerantStorage botStateStorage(MongoDatabase database, HgwProperties properties) {
        MongoStorage storage = new MongoStorage(database, properties.mongodb().stateFormat());
        storage.createIndexes();
        if (properties.mongodb().stateFormat() == StateFormat.DOCUMENT) {
            storage.rewriteTextAsDocuments();
        }
        return new OutageTolerantStorage(storage, properties.mongodb().timeout().multipliedBy(6),
            properties.mongodb().embedded());
    }

    /**
     * One turn at a time per conversation: over every instance on this database, or, on the embedded
     * database that only this process reaches, over this process's turns.
     */
    @Bean
    ConversationTurnLock conversationTurnLock(MongoDatabase database, HgwProperties properties) {
        TurnLeases leases;
        if (properties.mongodb().embedded()) {
            leases = new LocalTurnLeases();
        } else {
            MongoTurnLeases inDatabase = new MongoTurnLeases(database, Clock.systemUTC(), Duration.ofSeconds(20));
            inDatabase.createIndexes();
            leases = inDatabase;
        }
        return new ConversationTurnLock(leases, Duration.ofSeconds(10), properties.mongodb().timeout().multipliedBy(6));
    }

    @Bean
    MongoPupilRepository pupilRepository(MongoDatabase database, HgwProperties properties) {
        MongoPupilRepository pupils = new MongoPupilRepository(database, properties.retention(), Clock.systemUTC());
        pupils.createIndexes();
        return pupils;
    }

    @Bean
    RetentionPurge retentionPurge(MongoPupilRepository pupils, MongoDatabase database, HgwProperties properties,
            OutageTolerantStorage botStateStorage) {
        // only the embedded database's memory is read from (with MONGODB_URI it only carries outages)
        Runnable statesDeleted = properties.mongodb().embedded() ? botStateStorage::forgetAll : () -> { };
        return new RetentionPurge(pupils, database, properties.retention(), Clock.systemUTC(), statesDeleted);
    }
}
