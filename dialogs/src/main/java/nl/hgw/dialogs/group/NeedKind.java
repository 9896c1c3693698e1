package nl.hgw.dialogs.group;

import java.util.List;
import java.util.Objects;
import nl.hgw.dialogs.pupil.PlannedNeed;
import nl.hgw.nlp.Category;

/**
 * One kind of need and the pupils who need it: "korte instructie met een plaatje" for Anna, Bram
 * and Cas. A kind of one pupil is that pupil's own.
 *
 * @param category the category of all its needs
 * @param phrase   the need without pupil and goal, as most of its needs word it
 * @param needs    every stored need of this kind, by pupil name, then as stored
 */
public record NeedKind(Category category, String phrase, List<PupilNeed> needs) {

    /** One pupil's need of this kind. */
    public record PupilNeed(String pupil, String pupilKey, PlannedNeed need) {
    }

    public NeedKind {
        Objects.requireNonNull(category, "category");
        needs = List.copyOf(needs);
    }

    /** The pupils who need it, each once, by name. */
    public List<String> pupils() {
        return needs.stream().map(PupilNeed::pupil).distinct().toList();
    }

    /** The name keys of the pupils who need it. */
    public List<String> pupilKeys() {
        return needs.stream().map(PupilNeed::pupilKey).distinct().toList();
    }

    /** How many pupils need it. */
    public int size() {
        return pupilKeys().size();
    }

    /** Whether more than one pupil needs it. */
    public boolean shared() {
        return size() > 1;
    }
}
