package nl.hgw.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.hgw.bot.HgwProperties.StateFormat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The {@code hgw.*} settings as Spring binds them, defaults included. */
class HgwPropertiesTest {

    @Test
    void defaults() {
        HgwProperties properties = bind(Map.of());

        assertThat(properties.mongodb().stateFormat()).isEqualTo(StateFormat.TEXT);
        assertThat(properties.mongodb().database()).isEqualTo("hgw");
        assertThat(properties.retentionDays()).isEqualTo(365);
    }

    @Test
    void theStateFormatAsWrittenInTheEnvironment() {
        assertThat(bind(Map.of("hgw.mongodb.state-format", "document")).mongodb().stateFormat())
            .isEqualTo(StateFormat.DOCUMENT);
        assertThat(bind(Map.of("hgw.mongodb.state-format", "TEXT")).mongodb().stateFormat())
            .isEqualTo(StateFormat.TEXT);
    }

    @Test
    void anUnknownStateFormatStopsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("hgw.mongodb.state-format", "tekst")))
            .isInstanceOf(BindException.class)
            .hasMessageContaining("hgw.mongodb.state-format");
    }

    private static HgwProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("hgw", HgwProperties.class);
    }
}
