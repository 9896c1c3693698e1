package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.List;

/** A need on the card while the teacher works on it (conversation state, so a restart keeps it). */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class DraftNeed {

    /** Stable within the draft: names the card's inputs ({@code need.<id>.text}). */
    int id;

    /** A category id ({@link nl.hgw.nlp.Category#id()}). */
    String category;

    String text;

    /** The fragment of the note it replaces; empty for stored needs and the teacher's own. */
    String source = "";

    /** The engine rule that wrote it; cleared when the teacher changes the text. */
    String rule = "";

    /** A {@link Reach} id. */
    String reach = Reach.INDIVIDUAL.id();

    /** Labels found in a text the teacher wrote for this need (they do not belong in a need). */
    List<String> labels = new ArrayList<>();

    public DraftNeed() {
    }

    DraftNeed(int id, String category, String text, String source, String rule) {
        this.id = id;
        this.category = category;
        this.text = text;
        this.source = source == null ? "" : source;
        this.rule = rule == null ? "" : rule;
    }
}
