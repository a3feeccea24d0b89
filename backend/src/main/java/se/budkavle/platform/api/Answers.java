package se.budkavle.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an exception handler (or a whole problem handler class) answers with, for the API document, where they
 * cannot be read by calling the handler: a type chosen from the exception's state, or a handler that needs the
 * request. Most handlers need no such declaration.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
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
