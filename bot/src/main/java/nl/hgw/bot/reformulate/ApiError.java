package nl.hgw.bot.reformulate;

import java.util.Locale;

/**
 * The errors of the reformulation API: a stable code for programs and a message in the caller's
 * language (Dutch unless the locale is English).
 */
enum ApiError {

    TEXT_MISSING("De tekst ontbreekt: stuur een notitie of verslag in het veld \"text\".",
        "The text is missing: send a note or report in the \"text\" field."),
    TEXT_TOO_LONG("De tekst is te lang: maximaal %d tekens per keer. Knip het verslag in delen.",
        "The text is too long: at most %d characters at a time. Split the report into parts."),
    FIELD_TOO_LONG("Het veld \"%s\" is te lang: maximaal %d tekens.", "The field \"%s\" is too long: at most %d characters."),
    LOCALE_UNKNOWN("Onbekende taal \"%s\": gebruik nl of en.",
        "Unknown locale \"%s\": use nl or en."),
    BODY_INVALID("De aanvraag is geen geldige JSON.", "The request body is not valid JSON."),
    BODY_TOO_LARGE("De aanvraag is te groot: maximaal %d bytes.", "The request body is too large: at most %d bytes."),
    UNAUTHORIZED("Geen toegang: stuur een geldig bearer-token.", "Not authorized: send a valid bearer token.");

    private final String dutch;

    private final String english;

    ApiError(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String message(String locale, Object... args) {
        boolean english = locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en");
        return String.format(Locale.ROOT, english ? this.english : this.dutch, args);
    }
}
