package se.budkavle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyDependOnEachOthersApis() {
		ApplicationModules.of(BudkavleApplication.class).verify();
	}
}
