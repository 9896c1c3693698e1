package nl.hgw.nlp;

import java.util.Locale;
import java.util.Optional;

/** The languages the engine speaks: Dutch first, English when the user's locale is English. */
public enum Language {

    DUTCH("nl"), ENGLISH("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The two-letter code used in file names, JSON and the Bot Framework locale ("nl", "en"). */
    public String code() {
        return this.code;
    }

    /**
     * Reads a locale as users and channels send it: "nl", "nl-NL", "nl_BE", "en", "en-US", … An
     * empty or missing locale means Dutch; anything else is unknown.
     */
    public static Optional<Language> fromLocale(String locale) {
        if (locale == null || locale.isBlank()) {
            return Optional.of(DUTCH);
        }
        String lang = locale.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (Language l : values()) {
            if (l.code.equals(lang)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

}
