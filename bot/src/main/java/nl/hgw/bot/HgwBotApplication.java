package nl.hgw.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The HGW-assistent. {@code java -jar hgw-bot.jar} starts the web server;
 * {@code java -jar hgw-bot.jar <command> …} runs a {@link CommandLine} command instead and
 * exits without starting it.
 */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
@ConfigurationPropertiesScan
public class HgwBotApplication {

    public static void main(String[] args) {
        if (CommandLine.handles(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(HgwBotApplication.class, args);
    }
}
