package nl.hgw.bot.auth;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without {@code MicrosoftAppId} the SDK authenticates nothing and sends replies to
 * whatever {@code serviceUrl} a caller writes: an open relay. So in local mode the web
 * server listens on 127.0.0.1 only, whatever {@code server.address} says.
 */
public class LocalModePostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "hgwLocalMode";

    public static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (BotCredentials.localMode(environment)) {
            environment.getPropertySources()
                .addFirst(new MapPropertySource(SOURCE_NAME, Map.of("server.address", LOOPBACK)));
        }
    }
}
