package nl.hgw.bot.auth;

import com.microsoft.bot.integration.Configuration;
import java.util.Properties;
import org.springframework.core.env.Environment;

/** The SDK's configuration interface over Spring's environment (env vars, application.yml). */
public final class SpringBotConfiguration implements Configuration {

    private final Environment environment;

    public SpringBotConfiguration(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String getProperty(String key) {
        return environment.getProperty(key);
    }

    /** The SDK asks for all properties only in code we do not use. */
    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String[] getProperties(String key) {
        String value = environment.getProperty(key);
        return value == null ? null : value.split(",");
    }
}
