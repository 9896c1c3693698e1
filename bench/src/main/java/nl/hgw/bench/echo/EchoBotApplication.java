package nl.hgw.bench.echo;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The baseline of {@code bench/load.sh}: the Bot Framework SDK's echo bot on the same stack as
 * the HGW bot (Spring Boot 3.5, Tomcat, SDK 4.14.3 {@link BotFrameworkHttpAdapter}, our own
 * controller because the SDK's does not run on Spring 6), in local mode: no app id, no
 * authentication, loopback only. Every message gets one reply, "Echo: " and its text, sent to
 * the activity's {@code serviceUrl}. No state, no storage: what is left is the cost of the SDK,
 * the web server and the Connector call.
 *
 * <p>{@code java -jar bench/target/bench-<version>-echo.jar --server.port=3979}
 */
@SpringBootApplication
public class EchoBotApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(EchoBotApplication.class);
        app.setDefaultProperties(Map.of(
            "server.port", "3979",
            "server.address", "127.0.0.1",
            "spring.main.banner-mode", "off",
            "spring.application.name", "echo-bot"));
        app.run(args);
    }

    /** The SDK's adapter with an empty app id: local mode, as the HGW bot without MicrosoftAppId. */
    @Bean
    BotFrameworkHttpAdapter adapter() {
        return new BotFrameworkHttpAdapter(new Configuration() {
            @Override
            public String getProperty(String key) {
                return null;
            }

            @Override
            public Properties getProperties() {
                return new Properties();
            }

            @Override
            public String[] getProperties(String key) {
                return null;
            }
        });
    }

    @Bean
    Bot bot() {
        return new ActivityHandler() {
            @Override
            protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
                String text = turn.getActivity().getText();
                String echo = text == null || text.isBlank() ? "Echo: (card submit)" : "Echo: " + text;
                return turn.sendActivity(MessageFactory.text(echo)).thenApply(sent -> null);
            }
        };
    }
}
