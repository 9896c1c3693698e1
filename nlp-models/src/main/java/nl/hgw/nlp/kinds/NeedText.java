package nl.hgw.nlp.kinds;

/**
 * One need as a team stored it, with what is needed to read it: whose it is and the goal it serves
 * (both are written into the sentence and are no part of the kind of need).
 *
 * @param category the category id
 * @param text the whole need: "Joost heeft korte instructie nodig om de rekeninstructie te volgen."
 * @param rule the id of the engine's rule that wrote it; empty when unknown or written by the teacher
 * @param pupil the pupil's name as in the text
 * @param goal the pupil's goal as stored (the need's purpose clause is made from it)
 */
public record NeedText(String category, String text, String rule, String pupil, String goal) {

    public NeedText {
        category = category == null ? "" : category;
        text = text == null ? "" : text;
        rule = rule == null ? "" : rule;
        pupil = pupil == null ? "" : pupil;
        goal = goal == null ? "" : goal;
    }

}
