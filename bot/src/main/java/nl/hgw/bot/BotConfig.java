package nl.hgw.bot;

import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.Storage;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import nl.hgw.bot.auth.BotCredentials;
import nl.hgw.bot.auth.ConnectorSettings;
import nl.hgw.bot.auth.HgwAdapter;
import nl.hgw.bot.reminder.MongoReminderRepository;
import nl.hgw.bot.reminder.ReminderSettings;
import nl.hgw.bot.storage.ConversationTurnLock;
import nl.hgw.bot.auth.LocalModePostProcessor;
import nl.hgw.bot.auth.SpringBotConfiguration;
import nl.hgw.bot.storage.MongoGroupRepository;
import nl.hgw.bot.storage.MongoSpiegelRepository;
import nl.hgw.bot.storage.OwnedBotState;
import nl.hgw.dialogs.HgwBot;
import nl.hgw.dialogs.pupil.NoteEngine;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.report.ReportDesk;
import nl.hgw.nlp.reformulate.Reformulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Bot Framework SDK wired in one place: credentials, adapter, conversation and user
 * state (in MongoDB, see {@link nl.hgw.bot.storage.MongoConfig}; each names its owner, see
 * {@link StateOwner}), the language engine of the
 * dialogs and the bot with the team's pupils and spiegels.
 */
@Configuration(proxyBeanMethods = false)
class BotConfig {

    private static final Logger LOG = LoggerFactory.getLogger(BotConfig.class);

    @Bean
    BotCredentials botCredentials(Environment environment) {
        BotCredentials credentials = BotCredentials.from(environment).validated();
        if (credentials.localMode()) {
            LOG.warn("LOCAL MODE: no {} is set, so requests to /api/messages are not authenticated and the "
                + "server listens on {} only. Set {} and {} (see README) to talk to Azure Bot Service.",
                BotCredentials.APP_ID, LocalModePostProcessor.LOOPBACK, BotCredentials.APP_ID,
                BotCredentials.APP_PASSWORD);
        } else {
            LOG.info("Bot Framework authentication on: app id {}, {}", credentials.appId(),
                credentials.type().configValue());
        }
        return credentials;
    }

    @Bean
    HgwAdapter adapter(Environment environment, BotCredentials credentials, HgwProperties properties,
            ConversationTurnLock turnLock, ConnectorSettings connector) {
        HgwAdapter adapter = new HgwAdapter(new SpringBotConfiguration(environment), credentials,
            properties.oauthEndpoint(), properties.msiEndpoint(), connector);
        adapter.use(turnLock);
        return adapter;
    }

    @Bean
    BotState conversationState(Storage storage) {
        return OwnedBotState.conversation(storage);
    }

    @Bean
    BotState userState(Storage storage) {
        return OwnedBotState.user(storage);
    }

    /** The engine as the dialogs use it, around the one reformulator of the application. */
    @Bean
    NoteEngine noteEngine(Reformulator reformulator) {
        return new NoteEngine(reformulator);
    }

    /** The team's HGW-spiegels, finished and unfinished, with their indexes. */
    @Bean
    MongoSpiegelRepository spiegelRepository(MongoDatabase database, HgwProperties properties) {
        MongoSpiegelRepository spiegels = new MongoSpiegelRepository(database, properties.retention(), Clock.systemUTC());
        spiegels.createIndexes();
        return spiegels;
    }

    /** What each team changed in its group overview (moved pupils, circle names), with its indexes. */
    @Bean
    MongoGroupRepository groupRepository(MongoDatabase database, HgwProperties properties) {
        MongoGroupRepository groups = new MongoGroupRepository(database, properties.retention(), Clock.systemUTC());
        groups.createIndexes();
        return groups;
    }

    @Bean
    HgwBot bot(BotState conversationState, BotState userState, NoteEngine noteEngine,
            PupilRepository pupils, ReportDesk reports, MongoSpiegelRepository spiegels,
            MongoReminderRepository reminders, MongoGroupRepository groups, ReminderSettings school) {
        // the school's clock: "today" (dates of exports and reminders) is the school's day, not UTC's
        return new HgwBot(conversationState, userState, noteEngine, pupils, reports, spiegels, reminders, groups,
            Clock.system(school.timeZone()));
    }
}
