package nl.hgw.bot.reminder;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import nl.hgw.bot.HgwProperties;
import nl.hgw.bot.auth.BotCredentials;
import nl.hgw.bot.auth.HgwAdapter;
import nl.hgw.dialogs.HgwBot;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reminders wired: their store, and the scheduler that sends them through the adapter as proactive turns. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
public class ReminderConfig {

    @Bean
    MongoReminderRepository reminderRepository(MongoDatabase database, ReminderSettings settings,
            HgwProperties properties) {
        MongoReminderRepository reminders = new MongoReminderRepository(database, settings.timeZone(),
            Clock.systemUTC(), properties.retention());
        reminders.createIndexes();
        return reminders;
    }

    @Bean
    ReminderScheduler reminderScheduler(MongoReminderRepository reminders, HgwAdapter adapter, HgwBot bot,
            BotCredentials credentials, ReminderSettings settings) {
        return new ReminderScheduler(reminders, new ProactiveSender(adapter, bot, credentials.appId()), settings,
            Clock.systemUTC());
    }
}
