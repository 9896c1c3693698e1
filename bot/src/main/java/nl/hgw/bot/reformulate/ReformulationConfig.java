package nl.hgw.bot.reformulate;

import nl.hgw.nlp.reformulate.Reformulator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reformulation engine, loaded once at start-up and shared (it is thread-safe). */
@Configuration(proxyBeanMethods = false)
class ReformulationConfig {

    @Bean
    Reformulator reformulator() {
        return Reformulator.load();
    }
}
