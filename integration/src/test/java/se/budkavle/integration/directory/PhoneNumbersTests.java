package se.budkavle.integration.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@Test
	void spacesDashesAndASwedishLeadingZeroGiveTheInternationalForm() {
		assertThat(PhoneNumbers.normalise("070-174 06 05")).isEqualTo("+46701740605");
		assertThat(PhoneNumbers.normalise("+46 70 174 06 99")).isEqualTo("+46701740699");
		assertThat(PhoneNumbers.normalise("0046701740605")).isEqualTo("+46701740605");
		assertThat(PhoneNumbers.normalise("+4570174060")).isEqualTo("+4570174060");
	}

	@Test
	void whatIsNoPhoneNumberGivesNothing() {
		assertThat(PhoneNumbers.normalise(null)).isNull();
		assertThat(PhoneNumbers.normalise("  ")).isNull();
		assertThat(PhoneNumbers.normalise("ring växeln")).isNull();
		assertThat(PhoneNumbers.normalise("+46 (0)70 174 06 05")).isNull();
		assertThat(PhoneNumbers.normalise("123")).isNull();
		assertThat(PhoneNumbers.normalise("+4670174060512345")).isNull();
	}
}
