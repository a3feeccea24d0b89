package se.budkavle.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of {@code docs/disclosure.md}.
 */
class DisclosurePlanTests {

	private final List<UnitTree.Node> nodes = new ArrayList<>();

	private final Map<UUID, Long> people = new HashMap<>();

	@Test
	void aDirectorAloneAtTheTopIsLeftOutOfTheTopsTotalAndTheBigChildStaysOpen() {
		UUID city = unit(null, 1);
		UUID administration = unit(city, 6);
		UUID department = unit(administration, 1990);
		DisclosurePlan plan = plan();
		assertThat(plan.whole(city)).isFalse();
		assertThat(plan.withheld(city)).containsExactly(city);
		DisclosurePlan.Table top = plan.table(city);
		assertThat(top.hidden()).isFalse();
		assertThat(plan.people(top.total())).isEqualTo(1996);
		assertThat(top.rows()).extracting((row) -> row.unit().id()).containsExactly(administration);
		assertThat(plan.people(top.rows().get(0).units())).isEqualTo(1996);
		assertThat(top.other()).isEmpty();
		assertThat(plan.whole(administration)).isTrue();
		assertThat(plan.table(administration).other()).isEmpty();
		assertThat(plan.table(administration).rows()).extracting(DisclosurePlan.Row::direct).containsExactly(true, false);
		assertThat(plan.whole(department)).isTrue();
	}

	@Test
	void aSmallStaffAtEveryLevelIsCarriedUpUntilItIsShownOrReachesTheTop() {
		UUID city = unit(null, 1);
		UUID administration = unit(city, 3);
		UUID department = unit(administration, 1990);
		DisclosurePlan plan = plan();
		assertThat(plan.withheld(administration)).containsExactly(administration);
		assertThat(plan.withheld(city)).containsExactlyInAnyOrder(city, administration);
		assertThat(plan.people(plan.table(city).total())).isEqualTo(1990);
		assertThat(plan.whole(department)).isTrue();
	}

	@Test
	void aSmallRestJoinsTheParentsRestWhereItIsShownTogetherWithOtherSmallGroups() {
		UUID administration = unit(null, 4);
		UUID department = unit(administration, 1);
		UUID groupA = unit(department, 6);
		UUID groupB = unit(department, 2);
		UUID groupC = unit(department, 7);
		UUID small = unit(administration, 3);
		UUID big = unit(administration, 10);
		DisclosurePlan plan = plan();
		assertThat(plan.whole(department)).isFalse();
		assertThat(plan.withheld(department)).containsExactlyInAnyOrder(department, groupB);
		assertThat(plan.table(department).rows()).extracting((row) -> row.unit().id()).containsExactly(groupA, groupC);
		DisclosurePlan.Table table = plan.table(administration);
		assertThat(plan.whole(administration)).isTrue();
		assertThat(table.rows()).extracting((row) -> row.unit().id()).containsExactly(department, big);
		assertThat(plan.people(table.other())).isEqualTo(10);
		assertThat(table.otherGroups()).isEqualTo(3);
		assertThat(plan.table(small).hidden()).isTrue();
		assertThat(plan.table(groupB).hidden()).isTrue();
	}

	@Test
	void theOwnPeopleOfAUnitGetARowWhenTheyAndTheRestAreEachLargeEnough() {
		UUID unit = unit(null, 8);
		UUID groupA = unit(unit, 9);
		UUID groupB = unit(unit, 2);
		UUID groupC = unit(unit, 3);
		DisclosurePlan.Table table = plan().table(unit);
		assertThat(table.rows()).extracting(DisclosurePlan.Row::direct).containsExactly(true, false);
		assertThat(table.rows().get(1).unit().id()).isEqualTo(groupA);
		assertThat(table.other()).containsExactlyInAnyOrder(groupB, groupC);
	}

	@Test
	void aUnitWhoseOwnPeopleAndSmallChildrenTogetherAreTooFewFoldsThemAllIntoOther() {
		UUID unit = unit(null, 6);
		unit(unit, 9);
		UUID small = unit(unit, 2);
		DisclosurePlan.Table table = plan().table(unit);
		assertThat(table.rows()).extracting(DisclosurePlan.Row::direct).containsExactly(false);
		assertThat(table.other()).containsExactlyInAnyOrder(unit, small);
	}

	private UUID unit(UUID parent, long size) {
		UUID id = UUID.randomUUID();
		this.nodes.add(new UnitTree.Node(id, parent, "Enhet " + this.nodes.size()));
		this.people.put(id, size);
		return id;
	}

	private DisclosurePlan plan() {
		return DisclosurePlan.of(new UnitTree(this.nodes), this.people, 5);
	}
}
