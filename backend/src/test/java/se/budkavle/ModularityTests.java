package se.budkavle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

class ModularityTests {

	@Test
	void modulesOnlyDependOnEachOthersApis() {
		// se.budkavle.integration is a separate library (the integration jar) with its own API records, not an
		// application module of the backend.
		ApplicationModules.of(BudkavleApplication.class, resideInAPackage("se.budkavle.integration..")).verify();
	}
}
