package se.budkavle.platform.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.util.ClassUtils;

import se.budkavle.platform.ProblemTable;

/**
 * Reads the problems the hub answers with for the API document: each row of a module's {@link ProblemTable} as it
 * declares them, and what a bean declares with {@link Answers} where no table can say it (the global fallback).
 */
final class HandlerProblems {

	private HandlerProblems() {
	}

	/**
	 * Every answer of every row of a table, with the extra members the row's problems carry.
	 * @param table a module's table
	 * @return the problems, in declaration order
	 */
	static Set<ProblemEntry> of(ProblemTable table) {
		Set<ProblemEntry> problems = new LinkedHashSet<>();
		for (ProblemTable.Row<?> row : table.rows()) {
			for (ProblemTable.Answer answer : row.answers()) {
				problems.add(new ProblemEntry(answer.status().value(), answer.type(), answer.title(), row.members()));
			}
		}
		return problems;
	}

	/**
	 * What a bean declares with {@link Answers} on its class.
	 * @param bean the bean
	 * @return the problems, in declaration order; empty when it declares none
	 */
	static Set<ProblemEntry> declared(Object bean) {
		Answers answers = ClassUtils.getUserClass(bean).getAnnotation(Answers.class);
		Set<ProblemEntry> problems = new LinkedHashSet<>();
		if (answers != null) {
			Arrays.stream(answers.value())
				.map((problem) -> new ProblemEntry(problem.status(), problem.type(), problem.title(), java.util.List.of()))
				.forEach(problems::add);
		}
		return problems;
	}
}
