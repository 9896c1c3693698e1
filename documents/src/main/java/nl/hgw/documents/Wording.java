package nl.hgw.documents;

import java.util.Map;

/**
 * The words a written document uses, in the reader's language: the caller's message bundle
 * (the dialogs' {@code Messages::text}), so that the documents module holds no text of its own.
 */
@FunctionalInterface
public interface Wording {

    /** The text for a key, its {@code {name}} placeholders filled from the values. */
    String text(String key, Map<String, String> values);

    default String text(String key) {
        return text(key, Map.of());
    }
}
