package se.budkavle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

class ModularityTests {

	// The integration jar shares the root package but is a plain library whose records any module may use.
	private static final String INTEGRATION_LIBRARY = "se.budkavle.integration..";

	@Test
	void modulesOnlyDependOnEachOthersApis() {
		ApplicationModules.of(BudkavleApplication.class, resideInAPackage(INTEGRATION_LIBRARY)).verify();
	}
}
