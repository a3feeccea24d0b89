package se.budkavle.platform.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.objenesis.SpringObjenesis;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;

import se.budkavle.platform.Problems;

/**
 * Reads the problems a problem handler answers with by calling each of its exception handlers with exceptions of its
 * type made from stand-in arguments, adding what {@link Answers} declares where calling cannot tell (a type passed in
 * as text, a handler that needs the request).
 */
final class HandlerProblems {

	private static final String TYPE_PREFIX = Problems.type("").toString();

	private static final SpringObjenesis OBJENESIS = new SpringObjenesis();

	/** The text given where an exception asks for one; a type made from it tells nothing and is left out. */
	private static final String STAND_IN = "stand-in";

	private HandlerProblems() {
	}

	/**
	 * What every exception handler of a problem handler answers with, including the class's own declaration.
	 * @param advice the problem handler bean
	 * @return the problems, in declaration order
	 */
	static Set<ProblemEntry> of(Object advice) {
		Set<ProblemEntry> problems = new LinkedHashSet<>(declared(ClassUtils.getUserClass(advice).getAnnotation(Answers.class)));
		for (Method method : ClassUtils.getUserClass(advice).getDeclaredMethods()) {
			if (method.isAnnotationPresent(ExceptionHandler.class)) {
				problems.addAll(of(advice, method));
			}
		}
		return problems;
	}

	/**
	 * What one exception handler answers with: read by calling it, plus its {@link Answers}.
	 * @param advice the problem handler bean
	 * @param handler one of its exception handler methods
	 * @return the problems; empty when neither calling it nor a declaration tells
	 */
	static Set<ProblemEntry> of(Object advice, Method handler) {
		Set<ProblemEntry> problems = new LinkedHashSet<>(declared(handler.getAnnotation(Answers.class)));
		Class<?> exception = exceptionType(handler);
		if (exception != null && !Modifier.isAbstract(exception.getModifiers())) {
			for (Object instance : instances(exception)) {
				ProblemEntry read = call(advice, handler, instance);
				if (read != null) {
					problems.add(read);
				}
			}
		}
		return problems;
	}

	/**
	 * Exceptions of the type to call a handler with: what each of its constructors and static factories make from
	 * stand-in arguments (text, empty collections, one second, every constant of an enum, flags off and on), or, when
	 * none can be called, instances made without a constructor.
	 */
	private static List<Object> instances(Class<?> type) {
		List<Object> instances = new ArrayList<>();
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			for (Object[] arguments : argumentSets(constructor.getParameterTypes())) {
				made(instances, () -> {
					constructor.setAccessible(true);
					return constructor.newInstance(arguments);
				});
			}
		}
		for (Method factory : type.getDeclaredMethods()) {
			if (Modifier.isStatic(factory.getModifiers()) && type.isAssignableFrom(factory.getReturnType())) {
				for (Object[] arguments : argumentSets(factory.getParameterTypes())) {
					made(instances, () -> {
						factory.setAccessible(true);
						return factory.invoke(null, arguments);
					});
				}
			}
		}
		if (instances.isEmpty()) {
			for (boolean flags : new boolean[] { false, true }) {
				instances.add(standIn(type, flags));
			}
		}
		return instances;
	}

	private static void made(List<Object> instances, Maker maker) {
		try {
			instances.add(maker.make());
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// One that cannot be made from stand-in arguments is left out; the others still tell.
		}
	}

	/** Every combination of the choices for enum and flag parameters, the others given one stand-in each. */
	private static List<Object[]> argumentSets(Class<?>[] types) {
		List<Object[]> sets = new ArrayList<>();
		sets.add(new Object[types.length]);
		for (int i = 0; i < types.length; i++) {
			List<Object> choices = choices(types[i]);
			List<Object[]> next = new ArrayList<>();
			for (Object[] set : sets) {
				for (Object choice : choices) {
					Object[] copy = set.clone();
					copy[i] = choice;
					next.add(copy);
				}
			}
			sets = next;
		}
		return sets;
	}

	private static List<Object> choices(Class<?> type) {
		if (type.isEnum()) {
			return Arrays.asList(type.getEnumConstants());
		}
		if (type == boolean.class || type == Boolean.class) {
			return List.of(false, true);
		}
		if (type == String.class) {
			return List.of(STAND_IN);
		}
		if (type == int.class || type == Integer.class) {
			return List.of(1);
		}
		if (type == long.class || type == Long.class) {
			return List.of(1L);
		}
		return Collections.singletonList(defaultFor(type, false));
	}

	/** Makes one exception; may fail. */
	@FunctionalInterface
	private interface Maker {

		Object make() throws ReflectiveOperationException;
	}

	private static List<ProblemEntry> declared(Answers answers) {
		if (answers == null) {
			return List.of();
		}
		return Arrays.stream(answers.value())
			.map((problem) -> new ProblemEntry(problem.status(), problem.type(), problem.title(), List.of()))
			.toList();
	}

	private static Class<?> exceptionType(Method handler) {
		Class<? extends Throwable>[] declared = handler.getAnnotation(ExceptionHandler.class).value();
		if (declared.length == 1) {
			return declared[0];
		}
		return Arrays.stream(handler.getParameterTypes())
			.filter(Throwable.class::isAssignableFrom)
			.findFirst()
			.orElse(null);
	}

	private static Object standIn(Class<?> type, boolean flags) {
		Object instance = OBJENESIS.newInstance(type);
		for (Class<?> owner = type; owner != null && owner != Throwable.class; owner = owner.getSuperclass()) {
			for (Field field : owner.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					fill(instance, field, flags);
				}
			}
		}
		return instance;
	}

	private static void fill(Object instance, Field field, boolean flags) {
		Object value = defaultFor(field.getType(), flags);
		if (value != null) {
			set(instance, field, value);
		}
	}

	private static void set(Object instance, Field field, Object value) {
		try {
			field.setAccessible(true);
			field.set(instance, value);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// A field that cannot be set stays at its zero value; the handler may still answer.
		}
	}

	private static Object defaultFor(Class<?> type, boolean flags) {
		if (type == boolean.class || type == Boolean.class) {
			return flags;
		}
		if (type == Duration.class) {
			return Duration.ofSeconds(1);
		}
		if (type.isAssignableFrom(List.class)) {
			return List.of();
		}
		if (type.isAssignableFrom(Set.class)) {
			return Set.of();
		}
		if (type.isAssignableFrom(Map.class)) {
			return Map.of();
		}
		return null;
	}

	private static ProblemEntry call(Object advice, Method handler, Object exception) {
		Object[] arguments = new Object[handler.getParameterCount()];
		Class<?>[] types = handler.getParameterTypes();
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = types[i].isInstance(exception) ? exception : null;
		}
		try {
			handler.setAccessible(true);
			return entry(handler.invoke(advice, arguments));
		}
		catch (InvocationTargetException | IllegalAccessException | RuntimeException ex) {
			// The handler needs more than a stand-in (the request, a value the exception computes): it declares
			// what it answers with @Answers instead.
			return null;
		}
	}

	private static ProblemEntry entry(Object answer) {
		Object body = (answer instanceof ResponseEntity<?> entity) ? entity.getBody() : answer;
		if (!(body instanceof ProblemDetail problem) || problem.getType() == null) {
			return null;
		}
		String type = problem.getType().toString();
		if (!type.startsWith(TYPE_PREFIX) || type.equals(TYPE_PREFIX + "null") || type.contains(STAND_IN)) {
			return null;
		}
		Collection<String> members = (problem.getProperties() != null) ? problem.getProperties().keySet() : List.of();
		return new ProblemEntry(problem.getStatus(), type.substring(TYPE_PREFIX.length()), problem.getTitle(),
				new ArrayList<>(members));
	}
}
