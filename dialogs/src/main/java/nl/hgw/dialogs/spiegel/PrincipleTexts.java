package nl.hgw.dialogs.spiegel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.hgw.dialogs.Messages;

/** The principles in every language the bot speaks, loaded once. */
final class PrincipleTexts {

    private final Map<Locale, Principles> byLanguage;

    PrincipleTexts() {
        this.byLanguage = Messages.SUPPORTED.stream().collect(Collectors.toMap(Function.identity(), Principles::load));
    }

    Principles of(Messages messages) {
        return byLanguage.get(messages.locale());
    }

    /** The ids of the principles, in order (the same in every language). */
    List<String> ids() {
        return of(Messages.forLocale(null)).all().stream().map(Principle::id).toList();
    }
}
