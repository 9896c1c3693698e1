package nl.hgw.dialogs.pupil;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/** A label the note used, and the engine's question what the teacher sees and hears instead. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class DraftLabel {

    String label;

    String question;

    public DraftLabel() {
    }

    DraftLabel(String label, String question) {
        this.label = label;
        this.question = question;
    }
}
