package nl.hgw.dialogs.group;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.nlp.Language;
import nl.hgw.nlp.kinds.NeedKinds;

/** Makes a team's group overview from its pupils and the changes it made: kinds of need, circles, names. */
final class GroupPlanner {

    private final NeedGrouping grouping;

    private final CircleProposal proposal = new CircleProposal();

    GroupPlanner(NeedKinds kinds) {
        this.grouping = new NeedGrouping(kinds);
    }

    GroupOverview plan(List<PupilPlan> pupils, GroupLayout layout, Messages messages) {
        List<PupilPlan> ordered = pupils.stream().sorted(Comparator.comparing(GroupOverview::key)).toList();
        List<NeedKind> kinds = grouping.group(ordered, messages.english() ? Language.ENGLISH : Language.DUTCH);
        Map<String, Circle> circles = new LinkedHashMap<>(proposal.propose(ordered, kinds));
        List<String> moved = layout.moves().keySet().stream().filter(circles::containsKey).sorted().toList();
        moved.forEach(key -> circles.put(key, layout.moves().get(key)));
        Map<Circle, String> titles = new EnumMap<>(Circle.class);
        for (Circle circle : Circle.values()) {
            titles.put(circle, layout.names().getOrDefault(circle, defaultTitle(circle, messages)));
        }
        return new GroupOverview(ordered, circles, moved, titles, kinds);
    }

    static String defaultTitle(Circle circle, Messages messages) {
        return messages.text("group.circle." + circle.id());
    }
}
