package nl.hgw.dialogs.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilPlan;

/**
 * The group overview as text: the same as the picture (every circle with its name, its number
 * of pupils and every pupil's name) plus what the pupils share. The card shows it under the
 * picture, it is the card's fallback where cards do not render, and screen readers read it.
 */
final class GroupText {

    /** How many shared needs a circle's line names. */
    static final int NEEDS_PER_CIRCLE = 3;

    /** How many shared needs the list of shared needs names. */
    static final int SHARED = 6;

    String title(GroupOverview overview, Messages messages) {
        return messages.text("group.title", Map.of("count", String.valueOf(overview.pupils().size())));
    }

    /** One line per circle (with what its pupils share on the next line), in circle order. */
    List<String> circles(GroupOverview overview, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (Circle circle : Circle.values()) {
            List<PupilPlan> members = overview.members(circle);
            String title = circle.number() + ". " + overview.title(circle);
            if (members.isEmpty()) {
                lines.add(messages.text("group.circle.empty", Map.of("title", title)));
                continue;
            }
            String line = messages.text("group.circle.line", Map.of("title", title,
                "count", String.valueOf(members.size()), "names", names(members)));
            List<String> needs = overview.kindsIn(circle).stream().filter(NeedKind::shared).limit(NEEDS_PER_CIRCLE)
                .map(kind -> kind.phrase() + " (" + kind.size() + ")").toList();
            if (!needs.isEmpty()) {
                line += "\n" + messages.text("group.circle.needs", Map.of("needs", String.join("; ", needs)));
            }
            lines.add(line);
        }
        return lines;
    }

    /** "Deze 5 leerlingen hebben allemaal nodig: …", the most shared first. */
    List<String> shared(GroupOverview overview, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (NeedKind kind : overview.shared().stream().limit(SHARED).toList()) {
            lines.add(messages.text("group.need", Map.of("count", String.valueOf(kind.size()), "phrase", kind.phrase(),
                "category", messages.text("category." + kind.category().id()),
                "names", String.join(", ", kind.pupils()))));
        }
        return lines;
    }

    /** The pupils with the numbers to type, and the circles' numbers. */
    String typing(GroupOverview overview, Messages messages) {
        List<PupilPlan> pupils = overview.pupils();
        String numbered = java.util.stream.IntStream.range(0, pupils.size())
            .mapToObj(i -> (i + 1) + " " + pupils.get(i).name()).collect(Collectors.joining(", "));
        Map<String, String> values = new java.util.HashMap<>();
        for (Circle circle : Circle.values()) {
            values.put("c" + circle.number(), overview.title(circle));
        }
        return messages.text("group.pupils", Map.of("list", numbered)) + "\n\n" + messages.text("group.typing", values);
    }

    /** Everything, as one text. */
    String whole(GroupOverview overview, Messages messages) {
        StringBuilder text = new StringBuilder(title(overview, messages));
        circles(overview, messages).forEach(line -> text.append("\n\n").append(line));
        List<String> shared = shared(overview, messages);
        text.append("\n\n").append(messages.text("group.shared.title"));
        if (shared.isEmpty()) {
            text.append("\n").append(messages.text("group.shared.none"));
        }
        shared.forEach(line -> text.append("\n- ").append(line));
        return text.append("\n\n").append(typing(overview, messages)).toString();
    }

    /** A short description of the picture (its alt text): the circles and their sizes. */
    String alt(GroupOverview overview, Messages messages) {
        String circles = java.util.Arrays.stream(Circle.values())
            .map(circle -> overview.title(circle) + " " + overview.members(circle).size())
            .collect(Collectors.joining(", "));
        return messages.text("group.picture.alt", Map.of("circles", circles));
    }

    private static String names(List<PupilPlan> members) {
        return members.stream().map(PupilPlan::name).collect(Collectors.joining(", "));
    }
}
