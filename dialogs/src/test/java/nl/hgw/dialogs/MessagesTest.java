package nl.hgw.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Set<String> allKeys = new TreeSet<>();
            for (Locale locale : Messages.SUPPORTED) {
                allKeys.addAll(load(bundle, locale).stringPropertyNames());
            }
            for (Locale locale : Messages.SUPPORTED) {
                Set<String> missing = new TreeSet<>(allKeys);
                missing.removeAll(load(bundle, locale).stringPropertyNames());
                assertThat(missing).as("keys missing from %s_%s.properties", bundle, locale).isEmpty();
            }
        }
    }

    @Test
    void aKeyLivesInOneBundleOnly() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : load(bundle, Messages.DUTCH).stringPropertyNames()) {
                assertThat(seen.add(key)).as("%s is in two bundles", key).isTrue();
            }
        }
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            for (Locale locale : Messages.SUPPORTED) {
                Properties messages = load(bundle, locale);
                for (String key : messages.stringPropertyNames()) {
                    assertThat(messages.getProperty(key)).as("%s in %s_%s", key, bundle, locale).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyRoleAndTaskHasItsMessages() {
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = Messages.of(locale);
            for (Task task : Task.values()) {
                assertThat(task.title(messages)).isNotBlank();
                assertThat(task.text(messages)).isNotBlank();
            }
            for (Role role : Role.values()) {
                assertThat(messages.text("role." + role.key())).isNotBlank();
                assertThat(messages.text("role." + role.key() + ".saved")).isNotBlank();
                assertThat(messages.list("role." + role.key() + ".synonyms")).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "EN-gb", " en-us"})
    void englishOnlyForEnglishLocales(String locale) {
        assertThat(Messages.forLocale(locale).locale()).isEqualTo(Messages.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "nl-NL", "nl-BE", "fr-FR", "de", ""})
    void dutchForEverythingElse(String locale) {
        assertThat(Messages.forLocale(locale).locale()).isEqualTo(Messages.DUTCH);
    }

    @Test
    void dutchWhenNoLocaleIsGiven() {
        assertThat(Messages.forLocale(null).locale()).isEqualTo(Messages.DUTCH);
    }

    @Test
    void bundlesAreReadAsUtf8() {
        assertThat(Messages.of(Messages.DUTCH).text("role.care.synonyms")).contains("coördinator");
    }

    private static Properties load(String bundle, Locale locale) throws IOException {
        String resource = "/" + bundle.replace('.', '/') + "_" + locale.getLanguage() + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                return properties;
            }
        }
    }
}
