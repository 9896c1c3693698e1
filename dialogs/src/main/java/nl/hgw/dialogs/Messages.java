package nl.hgw.dialogs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user-facing text of the bot, from one bundle per feature ({@code messages_nl.properties}
 * and {@code messages_en.properties} beside this class, {@code report/messages_*.properties},
 * {@code spiegel/messages_*.properties}). A key lives in exactly one bundle. Dutch is the
 * default: English is used only when the activity's locale starts with "en".
 */
public final class Messages {

    /** Base names of the bundles, one per feature; also read by the bundle test. */
    public static final List<String> BUNDLES =
            List.of("nl.hgw.dialogs.messages", "nl.hgw.dialogs.report.messages", "nl.hgw.dialogs.spiegel.messages",
                "nl.hgw.dialogs.reminder.messages", "nl.hgw.dialogs.group.messages");

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Every language the bot speaks; each needs a complete bundle. */
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    private final List<ResourceBundle> bundles;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale, NO_FALLBACK)).toList();
    }

    /**
     * The messages for a Bot Framework locale such as {@code nl-NL}, {@code en-US} or none.
     */
    public static Messages forLocale(String activityLocale) {
        boolean english = activityLocale != null && activityLocale.trim().toLowerCase(Locale.ROOT).startsWith("en");
        return new Messages(english ? ENGLISH : DUTCH);
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The culture the SDK's prompts use for this language (e.g. {@code nl-nl}). */
    public String promptCulture() {
        return ENGLISH.equals(locale) ? "en-us" : "nl-nl";
    }

    /** The text for a key; a missing key is a bug, so it throws. */
    public String text(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new IllegalStateException("No message '" + key + "' for " + locale);
    }

    /**
     * The text for a key with its {@code {name}} placeholders filled in, e.g.
     * {@code text("goal.prompt", Map.of("pupil", "Joost"))}. A placeholder without a value is
     * a bug, so it throws.
     */
    public String text(String key, Map<String, String> values) {
        String text = text(key);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + matcher.group(1) + "} in message '" + key + "'");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Whether this is English (else Dutch). */
    public boolean english() {
        return ENGLISH.equals(locale);
    }

    /** A comma-separated message as a list, e.g. the synonyms of a choice. */
    public List<String> list(String key) {
        return Arrays.stream(text(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
