package nl.hgw.dialogs.group;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilPlan;

/**
 * What a teacher types instead of using the card: "verplaats 3 naar 2", "verplaats Anna de Vries
 * naar intensief", "hernoem cirkel 1 Rekengroep". Circles by number (1-5), by the team's own name
 * or by a word of {@code group.circle.<id>.synonyms}.
 */
final class GroupTyping {

    /** The last " naar " / " to " splits pupil from circle (names may hold more words). */
    private static final Pattern MOVE = Pattern.compile("(?iu)^(.+)\\s+(?:naar|to|into|in)\\s+(.+)$");

    private static final Pattern RENAME = Pattern.compile("(?iu)^(?:cirkel\\s+|circle\\s+)?(\\d)\\s*[:=]?\\s*(.*)$");

    /** A circle's own name is at most this long. */
    static final int LONGEST_NAME = 40;

    record Move(PupilPlan pupil, Circle circle) {
    }

    record Rename(Circle circle, String name) {
    }

    Optional<Move> move(String typed, GroupOverview overview, Messages messages) {
        Matcher matcher = MOVE.matcher(typed.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<PupilPlan> pupil = overview.pupil(matcher.group(1));
        Optional<Circle> circle = circle(matcher.group(2), overview, messages);
        return pupil.isPresent() && circle.isPresent() ? Optional.of(new Move(pupil.get(), circle.get()))
            : Optional.empty();
    }

    /** The pupil part of a typed move, to tell "no such pupil" from "cannot read it". */
    Optional<String> pupilPart(String typed) {
        Matcher matcher = MOVE.matcher(typed.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A new name for a circle; an empty name gives it its usual name back. */
    Optional<Rename> rename(String typed, GroupOverview overview, Messages messages) {
        Matcher matcher = RENAME.matcher(typed.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<Circle> circle = circle(matcher.group(1), overview, messages);
        String name = clean(matcher.group(2));
        return circle.map(found -> new Rename(found, name));
    }

    /** A circle by its number, its current name or one of its words. */
    static Optional<Circle> circle(String text, GroupOverview overview, Messages messages) {
        String normal = normal(text).replaceAll("^(de|het|een|the|a|cirkel|circle)\\s+", "");
        if (normal.matches("[1-5]")) {
            return Optional.of(Circle.values()[Integer.parseInt(normal) - 1]);
        }
        for (Circle circle : Circle.values()) {
            List<String> words = new java.util.ArrayList<>(messages.list("group.circle." + circle.id() + ".synonyms"));
            words.add(overview.title(circle));
            words.add(messages.text("group.circle." + circle.id()));
            if (words.stream().anyMatch(word -> normal(word).equals(normal))) {
                return Optional.of(circle);
            }
        }
        return Optional.empty();
    }

    /** A name as the team typed it, without quotes or markup, at most {@value #LONGEST_NAME} characters. */
    static String clean(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[*_`<>\"'\\[\\]]", "").strip().replaceAll("\\s+", " ");
        return cleaned.length() <= LONGEST_NAME ? cleaned : cleaned.substring(0, LONGEST_NAME).strip();
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[!.?]+$", "").replaceAll("\\s+", " ");
    }
}
