package nl.hgw.dialogs.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.Engines;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.TeamScope;
import org.junit.jupiter.api.Test;

class GroupPlannerTest {

    private static final Messages DUTCH = Messages.forLocale("nl-NL");

    private final GroupPlanner planner = new GroupPlanner(Engines.shared().needKinds());

    @Test
    void needsPupilsShareAreOneKindWhateverTheWording() {
        GroupOverview overview = planner.plan(Groups.pupils(), GroupLayout.empty(), DUTCH);

        assertThat(overview.shared()).as("kinds shared by more pupils")
            .anySatisfy(kind -> assertThat(kind.pupils()).containsExactlyInAnyOrderElementsOf(Groups.INTENSIVE))
            .anySatisfy(kind -> assertThat(kind.pupils()).containsExactlyInAnyOrderElementsOf(Groups.DEEPENED))
            .anySatisfy(kind -> assertThat(kind.pupils()).as("short instruction with a picture, two wordings")
                .containsExactlyInAnyOrderElementsOf(Groups.INTENSIVE.subList(0, 4)));
        assertThat(overview.kinds()).filteredOn(kind -> kind.pupils().contains("Mila")).allSatisfy(kind ->
            assertThat(kind.shared()).as("Mila's needs are her own: %s", kind.phrase()).isFalse());
    }

    @Test
    void knownSharedNeedsEndUpInTheSameCircle() {
        GroupOverview overview = planner.plan(Groups.pupils(), GroupLayout.empty(), DUTCH);

        assertThat(names(overview, Circle.INTENSIVE)).containsExactlyInAnyOrderElementsOf(Groups.INTENSIVE);
        assertThat(names(overview, Circle.DEEPENED)).containsExactlyInAnyOrderElementsOf(Groups.DEEPENED);
        assertThat(names(overview, Circle.HEAD)).containsExactlyInAnyOrderElementsOf(Groups.REST);
        List<String> earrings = new ArrayList<>(names(overview, Circle.VERY_INTENSIVE));
        earrings.addAll(names(overview, Circle.VERY_DEEPENED));
        assertThat(earrings).containsExactlyInAnyOrderElementsOf(Groups.EARRING);
        assertThat(overview.sizes().get(Circle.HEAD)).as("the head is what most pupils need")
            .isGreaterThan(overview.sizes().get(Circle.INTENSIVE)).isGreaterThan(overview.sizes().get(Circle.DEEPENED));
    }

    @Test
    void theSamePupilsInAnyOrderGiveTheSameOverview() {
        GroupOverview first = planner.plan(Groups.pupils(), GroupLayout.empty(), DUTCH);
        for (long seed = 1; seed <= 3; seed++) {
            List<PupilPlan> shuffled = new ArrayList<>(Groups.pupils());
            Collections.shuffle(shuffled, new Random(seed));
            GroupOverview again = planner.plan(shuffled, GroupLayout.empty(), DUTCH);
            assertThat(again.circles()).isEqualTo(first.circles());
            assertThat(again.kinds().stream().map(NeedKind::phrase).toList())
                .isEqualTo(first.kinds().stream().map(NeedKind::phrase).toList());
        }
    }

    @Test
    void aPupilMovedAndStoredStaysMovedAndACircleKeepsItsName() {
        InMemoryGroupRepository repository = new InMemoryGroupRepository();
        TeamScope team = new TeamScope("t", "team-a");
        GroupLayout changed = GroupLayout.empty().withMove("bram", Circle.HEAD).withName(Circle.DEEPENED, "Plusgroep");
        repository.save(team, changed, "teacher");

        GroupOverview overview = planner.plan(Groups.pupils(), repository.find(team).orElseThrow(), DUTCH);

        assertThat(names(overview, Circle.HEAD)).contains("Bram");
        assertThat(names(overview, Circle.INTENSIVE)).doesNotContain("Bram").contains("Cas");
        assertThat(overview.moved()).containsExactly("bram");
        assertThat(overview.title(Circle.DEEPENED)).isEqualTo("Plusgroep");
        assertThat(overview.title(Circle.HEAD)).isEqualTo("Basisaanbod");
        assertThat(repository.find(new TeamScope("t", "team-b"))).as("another team has no changes").isEmpty();
    }

    @Test
    void englishTitlesByLocale() {
        GroupOverview overview = planner.plan(Groups.pupils(), GroupLayout.empty(), Messages.forLocale("en-US"));

        assertThat(overview.title(Circle.HEAD)).isEqualTo("Basic offer");
    }

    static List<String> names(GroupOverview overview, Circle circle) {
        return overview.members(circle).stream().map(PupilPlan::name).toList();
    }
}
