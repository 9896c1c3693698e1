package nl.hgw.bot.reformulate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loads the reformulation engine once, before the application context starts anything, and adds it
 * as the bean {@value #BEAN} (thread-safe, shared by the chat, the API and reports). With
 * {@code hgw.lexicon-dir} ({@code HGW_LEXICON_DIR}) set, the school's own wording is read and its
 * examples run first: a broken entry stops the start before the web server or the database is
 * opened, with Spring Boot's short failure report ({@link SchoolWordingFailureAnalyzer}) naming the
 * file, the line and the reason. Registered in META-INF/spring.factories.
 */
public class EngineInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The bean's name. */
    public static final String BEAN = "reformulator";

    /** The setting, bound in application.yml to {@code HGW_LEXICON_DIR}; empty = built-in rules only. */
    public static final String LEXICON_DIR = "hgw.lexicon-dir";

    private static final Logger LOG = LoggerFactory.getLogger(EngineInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String dir = Binder.get(context.getEnvironment()).bind(LEXICON_DIR, String.class).orElse("");
        context.getBeanFactory().registerSingleton(BEAN, SchoolWording.load(dir, LOG::info));
    }
}
