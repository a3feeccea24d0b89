package se.budkavle.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outcomes become problem details one way: in a module's problem table, answered by the hub's one problem handler. A
 * second advice or a controller's own exception handler would answer past the tables (and the API document).
 */
class OneProblemConventionTests {

	private static final String HUB = "se.budkavle";

	@Test
	void theHubsProblemHandlerIsItsOnlyControllerAdvice() {
		assertThat(classesAnnotated(ControllerAdvice.class)).containsExactly(ProblemHandler.class.getName());
	}

	@Test
	void noControllerHandlesExceptionsItself() throws ClassNotFoundException {
		List<String> handling = new ArrayList<>();
		for (String controller : classesAnnotated(Controller.class)) {
			for (var method : ClassUtils.forName(controller, getClass().getClassLoader()).getDeclaredMethods()) {
				if (method.isAnnotationPresent(ExceptionHandler.class)) {
					handling.add(controller + "." + method.getName());
				}
			}
		}
		assertThat(classesAnnotated(Controller.class)).hasSizeGreaterThan(20);
		assertThat(handling).as("controllers' own exception handlers; add a row to the module's ProblemTable instead")
			.isEmpty();
	}

	private static List<String> classesAnnotated(Class<? extends java.lang.annotation.Annotation> annotation) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
		return scanner.findCandidateComponents(HUB)
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.filter((name) -> !name.contains("Tests$") && !name.contains(".integration."))
			.sorted()
			.toList();
	}
}
