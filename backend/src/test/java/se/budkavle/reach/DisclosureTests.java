package se.budkavle.reach;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureTests {

	@Test
	void groupsAtTheMinimumAreShownAndSmallerOnesFoldedTogether() {
		var folded = Disclosure.fold(List.of(5L, 3L, 2L, 9L), Long::longValue, 5);
		assertThat(folded.shown()).containsExactly(5L, 9L);
		assertThat(folded.folded()).containsExactly(3L, 2L);
	}

	@Test
	void aFoldedRowUnderTheMinimumTakesTheSmallestShownGroupAlong() {
		var folded = Disclosure.fold(List.of(20L, 2L, 6L, 9L), Long::longValue, 5);
		assertThat(folded.shown()).containsExactly(20L, 9L);
		assertThat(folded.folded()).containsExactlyInAnyOrder(2L, 6L);
	}

	@Test
	void aTableWhoseTotalIsUnderTheMinimumShowsNothing() {
		var folded = Disclosure.fold(List.of(1L, 2L), Long::longValue, 5);
		assertThat(folded.hidden()).isTrue();
		assertThat(folded.shown()).isEmpty();
	}

	@Test
	void noSubtractionOfShownGroupsFromTheTotalLeavesASmallGroupAlone() {
		for (List<Long> sizes : List.of(List.of(1L, 7L, 7L), List.of(4L, 4L, 30L), List.of(3L, 5L, 5L, 5L),
				List.of(6L, 1L), List.of(12L, 4L, 1L))) {
			var folded = Disclosure.fold(sizes, Long::longValue, 5);
			long total = sizes.stream().mapToLong(Long::longValue).sum();
			long rest = total - folded.shown().stream().mapToLong(Long::longValue).sum();
			assertThat(rest == 0 || rest >= 5).as("rest of %s", sizes).isTrue();
		}
	}
}
