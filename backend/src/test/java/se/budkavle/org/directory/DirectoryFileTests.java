package se.budkavle.org.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.integration.directory.UnitKind;
import se.budkavle.org.DirectoryProblem;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryFileTests {

	@Test
	void readsUnitsPeopleAndManagersSkippingBlankLinesAndComments() {
		ParsedDirectory parsed = DirectoryFile.parse("""
				\uFEFF# Export 2026-11-29
				{"type":"unit","id":"stad","name":"Stockholms stad","kind":"ORGANISATION","parent":null}

				{"type":"unit","id":"hsf","name":" Hägersten-Älvsjö ","kind":"administration","parent":"stad"}\r
				  # a comment after spaces
				{"type":"person","id":"p1","name":"Karin Lindqvist","email":"karin@demo.budkavle.se","title":"Direktör","units":["hsf","stad"]}
				{"type":"person","id":"p2","name":"Nora Lund"}
				{"type":"manager","unit":"hsf","person":"p1","deputy":false}
				{"type":"manager","unit":"stad","person":"p2","future":"ignored"}
				""");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.snapshot().units()).containsExactly(
				new DirectoryUnit("stad", "Stockholms stad", UnitKind.ORGANISATION, null),
				new DirectoryUnit("hsf", "Hägersten-Älvsjö", UnitKind.ADMINISTRATION, "stad"));
		assertThat(parsed.snapshot().people()).containsExactly(
				new DirectoryPerson("p1", "Karin Lindqvist", "karin@demo.budkavle.se", "Direktör", List.of("hsf", "stad")),
				new DirectoryPerson("p2", "Nora Lund", null, null, List.of()));
		assertThat(parsed.snapshot().managers()).containsExactly(new DirectoryManager("hsf", "p1", false),
				new DirectoryManager("stad", "p2", false));
		assertThat(parsed.lines()).isEqualTo(new SourceLines(List.of(2, 4), List.of(6, 7), List.of(8, 9)));
		assertThat(DirectoryValidator.problems(parsed)).isEmpty();
	}

	@Test
	void reportsLinesThatAreNotJsonObjectsOrOfUnknownType() {
		assertThat(problems("""
				{"type":"unit","id":"stad","name":"Stad","kind":"ORGANISATION"}
				{"type":"unit","id":"x",
				["a","b"]
				{"id":"y"}
				{"type":"department","id":"z"}
				{"type":"unit","id":"stad2","name":"Stad","kind":"ORGANISATION"} trailing
				{"type":"unit","id":"a","id":"b","name":"Stad","kind":"ORGANISATION"}
				""")).extracting(DirectoryProblem::line, DirectoryProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, null), org.assertj.core.groups.Tuple.tuple(3, null),
					org.assertj.core.groups.Tuple.tuple(4, "type"), org.assertj.core.groups.Tuple.tuple(5, "type"),
					org.assertj.core.groups.Tuple.tuple(6, null), org.assertj.core.groups.Tuple.tuple(7, null));
	}

	@Test
	void namesTheProblemOfEachBrokenUnit() {
		assertThat(problems("""
				{"type":"unit","id":"stad","name":"Stad","kind":"ORGANISATION"}
				{"type":"unit","name":"No id","kind":"UNIT","parent":"stad"}
				{"type":"unit","id":"stad","name":"Again","kind":"UNIT"}
				{"type":"unit","id":"nameless","kind":"UNIT","parent":"stad"}
				{"type":"unit","id":"k","name":"K","kind":"SQUAD","parent":"stad"}
				{"type":"unit","id":"orphan","name":"Orphan","kind":"UNIT","parent":"nowhere"}
				{"type":"unit","id":"kindless","name":"Kindless","parent":"stad"}
				{"type":"unit","id":"numbered","name":42,"kind":"UNIT","parent":"stad"}
				""")).containsExactly(new DirectoryProblem(2, "id", "missing id"),
				new DirectoryProblem(3, "id", "duplicate unit id 'stad' (first on line 1)"),
				new DirectoryProblem(4, "name", "unit 'nameless' has no name"),
				new DirectoryProblem(5, "kind",
						"unknown kind 'SQUAD' (expected one of [ORGANISATION, ADMINISTRATION, COMPANY, DEPARTMENT, UNIT, TEAM])"),
				new DirectoryProblem(6, "parent", "unknown parent 'nowhere' of unit 'orphan'"),
				new DirectoryProblem(7, "kind", "missing kind"),
				new DirectoryProblem(8, "name", "name must be a string"));
	}

	@Test
	void reportsEveryUnitOfACycle() {
		assertThat(problems("""
				{"type":"unit","id":"stad","name":"Stad","kind":"ORGANISATION"}
				{"type":"unit","id":"a","name":"A","kind":"UNIT","parent":"c"}
				{"type":"unit","id":"b","name":"B","kind":"UNIT","parent":"a"}
				{"type":"unit","id":"c","name":"C","kind":"UNIT","parent":"b"}
				{"type":"unit","id":"self","name":"Self","kind":"UNIT","parent":"self"}
				{"type":"unit","id":"below","name":"Below","kind":"TEAM","parent":"a"}
				""")).containsExactly(new DirectoryProblem(2, "parent", "unit 'a' is its own ancestor: a → c → b → a"),
				new DirectoryProblem(3, "parent", "unit 'b' is its own ancestor: b → a → c → b"),
				new DirectoryProblem(4, "parent", "unit 'c' is its own ancestor: c → b → a → c"),
				new DirectoryProblem(5, "parent", "unit 'self' is its own ancestor: self → self"));
	}

	@Test
	void namesTheProblemOfEachBrokenPerson() {
		assertThat(problems("""
				{"type":"unit","id":"stad","name":"Stad","kind":"ORGANISATION"}
				{"type":"person","name":"No Id","units":["stad"]}
				{"type":"person","id":"p1","name":"Ann","email":"ann@demo.budkavle.se","units":["stad"]}
				{"type":"person","id":"p1","name":"Ann Again","units":["stad"]}
				{"type":"person","id":"p2","units":["stad"]}
				{"type":"person","id":"p3","name":"Bo","email":"bo at demo","units":["stad"]}
				{"type":"person","id":"p4","name":"Cy","email":"ANN@demo.budkavle.se","units":["stad"]}
				{"type":"person","id":"p5","name":"Di","units":["stad","gone"]}
				{"type":"person","id":"p6","name":"Ed","units":["stad","stad"]}
				{"type":"person","id":"p7","name":"Fa","units":"stad"}
				""")).containsExactly(new DirectoryProblem(2, "id", "missing id"),
				new DirectoryProblem(4, "id", "duplicate person id 'p1' (first on line 3)"),
				new DirectoryProblem(5, "name", "person 'p2' has no name"),
				new DirectoryProblem(6, "email", "'bo at demo' of person 'p3' is not an e-mail address"),
				new DirectoryProblem(7, "email", "e-mail 'ANN@demo.budkavle.se' of person 'p4' is already used by "
						+ "another person (first on line 3)"),
				new DirectoryProblem(8, "units", "unknown unit 'gone' in the units of person 'p5'"),
				new DirectoryProblem(9, "units", "unit 'stad' is listed twice for person 'p6'"),
				new DirectoryProblem(10, "units", "units must be a list of ids"));
	}

	@Test
	void namesTheProblemOfEachBrokenManagerRow() {
		assertThat(problems("""
				{"type":"unit","id":"stad","name":"Stad","kind":"ORGANISATION"}
				{"type":"person","id":"p1","name":"Ann","units":["stad"]}
				{"type":"manager","unit":"gone","person":"p1"}
				{"type":"manager","unit":"stad","person":"nobody"}
				{"type":"manager","unit":"stad","person":"p1"}
				{"type":"manager","unit":"stad","person":"p1","deputy":true}
				{"type":"manager","person":"p1","deputy":"yes"}
				""")).containsExactly(new DirectoryProblem(3, "unit", "unknown unit 'gone' for manager 'p1'"),
				new DirectoryProblem(4, "person", "unknown person 'nobody' as manager of unit 'stad'"),
				new DirectoryProblem(6, "person", "person 'p1' is listed twice as manager of unit 'stad'"),
				new DirectoryProblem(7, "unit", "missing unit"),
				new DirectoryProblem(7, "deputy", "deputy must be true or false"));
	}

	@Test
	void doesNotReportReferencesToEntriesWhoseLineWasAlreadyReported() {
		assertThat(problems("""
				{"type":"unit","id":"stad","name":"Stad","kind":"CITY"}
				{"type":"unit","id":"hsf","name":"HSF","kind":"ADMINISTRATION","parent":"stad"}
				{"type":"person","id":"p1","name":"Ann","email":7,"units":["hsf"]}
				{"type":"manager","unit":"stad","person":"p1"}
				""")).extracting(DirectoryProblem::line).containsExactly(1, 3);
	}

	@Test
	void theExampleOfTheDocumentedFormatIsAValidDirectory() throws java.io.IOException {
		String documentation = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/directory-format.md"));
		String example = documentation.substring(documentation.indexOf("```jsonl") + "```jsonl".length(),
				documentation.indexOf("```", documentation.indexOf("```jsonl") + 3));
		ParsedDirectory parsed = DirectoryFile.parse(example);
		assertThat(DirectoryValidator.problems(parsed)).isEmpty();
		assertThat(parsed.snapshot().units()).hasSize(4);
		assertThat(parsed.snapshot().people()).hasSize(5);
		assertThat(parsed.snapshot().managers()).hasSize(4);
	}

	@Test
	void rejectsAFileWithoutUnits() {
		assertThat(problems("# nothing here\n\n")).containsExactly(new DirectoryProblem(null, null,
				"the directory has no units; applying it would deactivate the whole organisation"));
	}

	private static List<DirectoryProblem> problems(String content) {
		return DirectoryValidator.problems(DirectoryFile.parse(content));
	}
}
