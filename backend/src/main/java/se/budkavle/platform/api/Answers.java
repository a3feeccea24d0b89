package se.budkavle.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems a bean answers with for every operation, for the API document, where no module's
 * {@link se.budkavle.platform.ProblemTable} can say them: the global fallback's answers to Spring's own web errors and
 * to the unexpected. Modules declare their outcomes in their tables and need no such declaration.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Answers {

	/**
	 * The problems, each as its status and short type name.
	 * @return the problems
	 */
	Problem[] value();

	/**
	 * One problem: an HTTP status, a short type name such as {@code question-closed}, and its title.
	 */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target({})
	@interface Problem {

		/**
		 * The HTTP status.
		 * @return the status code
		 */
		int status();

		/**
		 * The short type name, without the {@code urn:budkavle:problem:} prefix.
		 * @return the type name
		 */
		String type();

		/**
		 * The problem's title.
		 * @return the title
		 */
		String title();
	}
}
