package se.budkavle.crisis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crisis messages over HTTP on the demo organisation: who may send, the banner's active crises, answers, the roll
 * call with names for those responsible, updates, the all-clear and the log, and that nothing of a crisis is deleted.
 */
class CrisisApiTests extends HubTestSupport {

	static Map<String, Object> crisis(String confirmation, boolean exercise, UUID... units) {
		return Map.of("title", "Strömavbrott i Hägersten", "body", "Gå till samlingsplatsen vid entrén.", "severity",
				"CRITICAL", "targets", java.util.Arrays.stream(units).map((unit) -> Map.of("unitId", unit)).toList(),
				"confirmation", confirmation, "exercise", exercise);
	}

	UUID send(String key, Role role, Map<String, Object> body) {
		Map<?, ?> created = ((role != null) ? as(key, role) : as(key)).post().uri("/api/v1/crises").bodyValue(body).exchange()
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	static List<Object> list(Object value) {
		return new java.util.ArrayList<>((List<?>) value);
	}

	Map<String, Object> rollCall(String key, Role[] roles, UUID crisis, UUID unit) {
		return map(as(key, roles).get().uri("/api/v1/crises/" + crisis + "/roll-call" + ((unit != null) ? "?unitId=" + unit : ""))
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
	}

	/** The viewer's active crises with this id (the database keeps every crisis of earlier tests). */
	List<Map<String, Object>> active(String key, UUID crisis) {
		List<?> all = as(key).get().uri("/api/v1/crises/active").exchange().expectStatus().isOk()
			.expectBody(List.class).returnResult().getResponseBody();
		return all.stream().map(CrisisApiTests::map).filter((item) -> crisis.toString().equals(item.get("id"))).toList();
	}

	void answer(String key, UUID crisis, String status) {
		as(key).post().uri("/api/v1/crises/" + crisis + "/confirmations").bodyValue(Map.of("status", status))
			.exchange().expectStatus().isOk();
	}

	/** The crises the viewer runs, as listed, of these ids only (the database keeps every crisis of earlier tests). */
	List<Map<String, Object>> run(String key, Role[] roles, UUID... crises) {
		List<String> ids = java.util.Arrays.stream(crises).map(UUID::toString).toList();
		List<?> all = as(key, roles).get().uri("/api/v1/crises").exchange().expectStatus().isOk()
			.expectBody(List.class).returnResult().getResponseBody();
		return all.stream().map(CrisisApiTests::map).filter((item) -> ids.contains(item.get("id"))).toList();
	}

	@Test
	void theCrisesIRunAreListedNewestFirstWithStatusTargetsAndCountsAndNoCountUnderK() {
		UUID older = send("director", Role.CRISIS, crisis("SAFETY", true, unit("hsf-aldre")));
		answer("employee", older, "SAFE");
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + older + "/all-clear")
			.bodyValue(Map.of("body", "Faran är över.")).exchange().expectStatus().isOk();
		this.clock.advance(java.time.Duration.ofMinutes(1));
		UUID newer = send("director", Role.CRISIS, crisis("RECEIVED", false, unit("hsf-aldre-hemtjanst-syd-a")));

		List<Map<String, Object>> run = run("director", new Role[] { Role.CRISIS }, older, newer);
		assertThat(run).extracting((item) -> item.get("id")).containsExactly(newer.toString(), older.toString());
		assertThat(run.get(0)).containsEntry("status", "ACTIVE").containsEntry("allClearAt", null)
			.containsEntry("severity", "CRITICAL").containsEntry("exercise", false);
		assertThat(list(run.get(0).get("targets"))).singleElement()
			.isEqualTo(Map.of("unitId", unit("hsf-aldre-hemtjanst-syd-a").toString(), "name", "Arbetsgrupp A"));
		assertThat(map(run.get(0).get("counts"))).as("the crisis role follows everyone: exact under k")
			.containsEntry("expected", 1);
		assertThat(run.get(1)).containsEntry("status", "ALL_CLEAR").containsEntry("exercise", true);
		assertThat(run.get(1).get("allClearAt")).isNotNull();
		assertThat(map(run.get(1).get("counts"))).containsEntry("expected", 7).containsEntry("answered", 1)
			.containsEntry("safe", 1).containsEntry("notYet", 6);

		List<Map<String, Object>> countsOnly = run("communicator", new Role[] { Role.COMMUNICATOR }, older, newer);
		assertThat(countsOnly).extracting((item) -> item.get("id")).containsExactly(newer.toString(), older.toString());
		assertThat(countsOnly.get(0)).containsEntry("counts", null).containsEntry("suppressed", true);
		assertThat(map(countsOnly.get(1).get("counts"))).containsEntry("expected", 7);
	}

	@Test
	void aCommunicatorSeesOnlyTheCrisesWhoseTargetsAllLieInHerScope() {
		this.database.sql("insert into role_grant (person_id, role, unit_id) values (:person, 'COMMUNICATOR', :unit)")
			.bind("person", person("hr")).bind("unit", unit("hsf-aldre")).then().block();
		try {
			UUID inside = send("director", Role.CRISIS, crisis("RECEIVED", false, unit("hsf-aldre-hemtjanst-syd")));
			UUID outside = send("director", Role.CRISIS, crisis("RECEIVED", false, unit("hsf-forskola")));
			UUID partly = send("director", Role.CRISIS,
					crisis("RECEIVED", false, unit("hsf-aldre-hemtjanst-syd"), unit("hsf-forskola")));
			assertThat(run("hr", new Role[0], inside, outside, partly)).extracting((item) -> item.get("id"))
				.containsExactly(inside.toString());
			assertThat(run("director", new Role[] { Role.CRISIS }, inside, outside, partly)).hasSize(3);
		}
		finally {
			this.database.sql("update role_grant set revoked_at = now() where person_id = :person and revoked_at is null")
				.bind("person", person("hr")).then().block();
		}
	}

	@Test
	void someoneWithoutTheCrisisCommunicatorOrAdminRoleIsRefusedTheListOfCrisesToRun() {
		for (String key : List.of("enhet-manager", "employee")) {
			as(key).get().uri("/api/v1/crises").exchange().expectStatus().isForbidden()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void theCrisisRoleSendsToTheWholeSubtreeAndEveryoneUnderItIsExpected() {
		UUID crisis = send("director", Role.CRISIS, crisis("SAFETY", false, unit("hsf-aldre")));
		long expected = this.database.sql("select count(*) from crisis_recipient where crisis_id = :id")
			.bind("id", crisis).mapValue(Long.class).one().block();
		// Anders Berg, Maria Holm, Erik Deputy, Ahmed Hassan, Sofia Nilsson, Nils Norrman, Nadia Nord
		assertThat(expected).isEqualTo(7);
		assertThat(active("employee", crisis)).singleElement().satisfies((item) -> {
			assertThat(item.get("status")).isNull();
			assertThat(item.get("confirmation")).isEqualTo("SAFETY");
		});
		assertThat(active("outsider", crisis)).isEmpty();
	}

	@Test
	void theCrisisRoleGivenForASubtreeInTheRoleTableSendsThereAndNowhereElse() {
		this.database.sql("insert into role_grant (person_id, role, unit_id) values (:person, 'CRISIS', :unit)")
			.bind("person", person("hr")).bind("unit", unit("hsf-aldre")).then().block();
		try {
			send("hr", null, crisis("RECEIVED", false, unit("hsf-aldre-hemtjanst-syd")));
			as("hr").post().uri("/api/v1/crises").bodyValue(crisis("RECEIVED", false, unit("hsf-forskola")))
				.exchange().expectStatus().isForbidden();
		}
		finally {
			this.database.sql("update role_grant set revoked_at = now() where person_id = :person and revoked_at is null")
				.bind("person", person("hr")).then().block();
		}
	}

	@Test
	void someoneWithoutTheCrisisCommunicatorOrAdminRoleMayNotSendAndNothingIsWritten() {
		long before = this.database.sql("select count(*) from crisis").mapValue(Long.class).one().block();
		as("enhet-manager").post().uri("/api/v1/crises").bodyValue(crisis("RECEIVED", false, unit("hsf-aldre-hemtjanst-syd")))
			.exchange().expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.database.sql("select count(*) from crisis").mapValue(Long.class).one().block()).isEqualTo(before);
	}

	@Test
	void aCommunicatorSendsAndBadInputIsAProblemNamingTheField() {
		send("communicator", Role.COMMUNICATOR, crisis("RECEIVED", true, unit("hsf")));
		Map<String, Object> noTargets = new java.util.HashMap<>(crisis("RECEIVED", false, unit("hsf")));
		noTargets.put("targets", List.of());
		as("communicator", Role.COMMUNICATOR).post().uri("/api/v1/crises").bodyValue(noTargets).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("targets");
		Map<String, Object> badSeverity = new java.util.HashMap<>(crisis("RECEIVED", false, unit("hsf")));
		badSeverity.put("severity", "APOCALYPSE");
		as("communicator", Role.COMMUNICATOR).post().uri("/api/v1/crises").bodyValue(badSeverity).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		as("communicator", Role.COMMUNICATOR).post().uri("/api/v1/crises")
			.bodyValue(crisis("RECEIVED", false, UUID.randomUUID())).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("targets");
	}

	@Test
	void anAnswerIsIdempotentPerPersonTheLatestCountsAndEveryAnswerIsLogged() {
		UUID crisis = send("director", Role.CRISIS, crisis("SAFETY", false, unit("hsf-aldre-hemtjanst-syd")));
		answer("employee", crisis, "NEED_HELP");
		answer("employee", crisis, "SAFE");
		answer("employee", crisis, "SAFE");
		answer("colleague", crisis, "NEED_HELP");
		as("employee").post().uri("/api/v1/crises/" + crisis + "/confirmations").bodyValue(Map.of("status", "RECEIVED"))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
		as("outsider").post().uri("/api/v1/crises/" + crisis + "/confirmations").bodyValue(Map.of("status", "SAFE"))
			.exchange().expectStatus().isNotFound();
		Map<String, Object> counts = map(rollCall("enhet-manager", new Role[0], crisis, unit("hsf-aldre-hemtjanst-syd"))
			.get("counts"));
		assertThat(counts).containsEntry("expected", 4).containsEntry("answered", 2).containsEntry("notYet", 2)
			.containsEntry("safe", 1).containsEntry("needHelp", 1);
		assertThat(this.database.sql("select count(*) from crisis_answer where crisis_id = :id").bind("id", crisis)
			.mapValue(Long.class).one().block()).isEqualTo(4);
	}

	@Test
	void theUnitsManagerSeesWhoToCallAndMarksThemReachedWhileAnotherManagerMayNot() {
		UUID crisis = send("director", Role.CRISIS, crisis("SAFETY", false, unit("hsf-aldre")));
		answer("colleague", crisis, "NEED_HELP");
		answer("deputy", crisis, "SAFE");
		Map<String, Object> report = rollCall("enhet-manager", new Role[0], crisis, unit("hsf-aldre-hemtjanst-syd"));
		List<Object> people = list(report.get("people"));
		assertThat(people).extracting((person) -> map(person).get("displayName"))
			.containsExactly("Sofia Nilsson", "Ahmed Hassan", "Maria Holm");
		assertThat(people).extracting((person) -> map(person).get("phone"))
			.containsExactly("+46701740606", "+46701740605", null);
		assertThat(map(people.get(0))).containsEntry("status", "NEED_HELP");
		as("nord-manager").get().uri("/api/v1/crises/" + crisis + "/roll-call?unitId=" + unit("hsf-aldre-hemtjanst-syd"))
			.exchange().expectStatus().isForbidden();
		as("nord-manager").post().uri("/api/v1/crises/" + crisis + "/calls").bodyValue(Map.of("personId", person("employee")))
			.exchange().expectStatus().isForbidden();
		as("enhet-manager").post().uri("/api/v1/crises/" + crisis + "/calls")
			.bodyValue(Map.of("personId", person("employee"), "note", "Hemma, mår bra")).exchange()
			.expectStatus().isCreated();
		report = rollCall("enhet-manager", new Role[0], crisis, unit("hsf-aldre-hemtjanst-syd"));
		assertThat(list(report.get("people"))).filteredOn((p) -> "Ahmed Hassan".equals(((Map<?, ?>) p).get("displayName")))
			.singleElement().satisfies((p) -> assertThat(((Map<?, ?>) p).get("reachedByPhone")).isEqualTo(true));
	}

	@Test
	void theCrisisRoleSeesSmallUnitsExactlyWhileACommunicatorGetsCrisisWideCountsOnlyAndNoneUnderK() {
		UUID crisis = send("communicator", Role.COMMUNICATOR, crisis("RECEIVED", false, unit("hsf-aldre-hemtjanst-syd-a")));
		Map<String, Object> exact = rollCall("director", new Role[] { Role.CRISIS }, crisis, unit("hsf-aldre-hemtjanst-syd-a"));
		assertThat(map(exact.get("counts"))).containsEntry("expected", 1);
		Map<String, Object> suppressed = rollCall("communicator", new Role[] { Role.COMMUNICATOR }, crisis, null);
		assertThat(suppressed.get("counts")).isNull();
		assertThat(suppressed.get("suppressed")).isEqualTo(true);
		as("communicator", Role.COMMUNICATOR).get()
			.uri("/api/v1/crises/" + crisis + "/roll-call?unitId=" + unit("hsf-aldre-hemtjanst-syd-a"))
			.exchange().expectStatus().isForbidden();
		UUID wide = send("communicator", Role.COMMUNICATOR, crisis("RECEIVED", false, unit("hsf")));
		Map<String, Object> countsOnly = rollCall("communicator", new Role[] { Role.COMMUNICATOR }, wide, null);
		assertThat(map(countsOnly.get("counts"))).containsEntry("expected", 12);
		assertThat(countsOnly.get("people")).isNull();
		assertThat(countsOnly.toString()).doesNotContain("+4670");
	}

	@Test
	void updatesAndTheAllClearEndTheBannerAndTheLogListsEveryEventInOrder() {
		UUID crisis = send("director", Role.CRISIS, crisis("SAFETY", true, unit("hsf-aldre-hemtjanst-syd")));
		this.clock.advance(java.time.Duration.ofMinutes(1));
		answer("employee", crisis, "NEED_HELP");
		this.clock.advance(java.time.Duration.ofMinutes(1));
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + crisis + "/updates")
			.bodyValue(Map.of("body", "Räddningstjänsten är på plats.")).exchange().expectStatus().isCreated();
		assertThat(active("employee", crisis)).singleElement().satisfies((item) -> assertThat(item)
			.containsEntry("latestUpdate", "Räddningstjänsten är på plats.").containsEntry("exercise", true));
		this.clock.advance(java.time.Duration.ofMinutes(1));
		as("employee").post().uri("/api/v1/crises/" + crisis + "/all-clear").bodyValue(Map.of("body", "Faran över."))
			.exchange().expectStatus().isForbidden();
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + crisis + "/all-clear").exchange()
			.expectStatus().isBadRequest();
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + crisis + "/all-clear")
			.bodyValue(Map.of("body", "Faran över.")).exchange().expectStatus().isOk();
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + crisis + "/all-clear")
			.bodyValue(Map.of("body", "Faran över.")).exchange().expectStatus().isEqualTo(409);
		assertThat(active("employee", crisis)).isEmpty();
		byte[] csv = as("director", Role.CRISIS).get().uri("/api/v1/crises/" + crisis + "/log?format=csv").exchange()
			.expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
			.expectBody(byte[].class).returnResult().getResponseBody();
		List<String> kinds = new String(csv, StandardCharsets.UTF_8).lines().skip(1)
			.map((line) -> line.split(";")[1].replace("\"", "")).toList();
		// no-number: the two people without a phone number, counted for each text (the first, the update, the all-clear)
		assertThat(kinds).containsExactly("sent", "no-number", "delivered", "delivered", "delivered", "delivered",
				"answer", "no-number", "update", "no-number", "all-clear");
		as("employee").get().uri("/api/v1/crises/" + crisis + "/log?format=csv").exchange().expectStatus().isForbidden();
		byte[] pdf = as("director", Role.CRISIS).get().uri("/api/v1/crises/" + crisis + "/log?format=pdf").exchange()
			.expectStatus().isOk().expectHeader().contentType("application/pdf")
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Krislogg: Strömavbrott i Hägersten", "Räddningstjänsten är på plats.");
			assertThat(text.indexOf("sent")).isLessThan(text.indexOf("NEED_HELP"));
			assertThat(text.indexOf("NEED_HELP")).isLessThan(text.indexOf("all-clear"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		as("director", Role.CRISIS).get().uri("/api/v1/crises/" + crisis + "/log?format=xls").exchange()
			.expectStatus().isBadRequest();
	}

	@Test
	void theCrisisIsAnnouncedOnTheBannerTopicAndNeedsHelpToTheManagersOfThePersonsUnits() {
		UUID crisis = send("director", Role.CRISIS, crisis("SAFETY", false, unit("hsf-aldre-hemtjanst-syd")));
		answer("employee", crisis, "NEED_HELP");
		List<String> types = this.database.sql("select type from event where topic = 'crises' and payload->>'crisisId' = :id order by id")
			.bind("id", crisis.toString()).mapValue(String.class).all().collectList().block();
		assertThat(types).containsExactly("crisis.sent", "crisis.need-help");
		List<UUID> managers = this.database.sql("""
				select unnest(recipients) from event where topic = 'crises' and type = 'crisis.need-help'
				and payload->>'crisisId' = :id""").bind("id", crisis.toString()).mapValue(UUID.class).all()
			.collectList().block();
		assertThat(managers).containsExactlyInAnyOrder(person("enhet-manager"), person("deputy"),
				person("avdelning-manager"), person("director"));
	}

	@Test
	void everyCrisisActionIsWrittenToTheAuditTrail() {
		UUID crisis = send("director", Role.CRISIS, crisis("SAFETY", true, unit("hsf-aldre-hemtjanst-syd")));
		as("enhet-manager").post().uri("/api/v1/crises/" + crisis + "/calls").bodyValue(Map.of("personId", person("employee")))
			.exchange().expectStatus().isCreated();
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + crisis + "/updates").bodyValue(Map.of("body", "Mer info."))
			.exchange().expectStatus().isCreated();
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + crisis + "/all-clear").bodyValue(Map.of("body", "Faran över."))
			.exchange().expectStatus().isOk();
		assertThat(this.database.sql("""
				select action || ' ' || (actor_id = :director) from audit_entry where subject like :subject order by id""")
			.bind("director", person("director")).bind("subject", "crisis:" + crisis + "%")
			.mapValue(String.class).all().collectList().block())
			.containsExactly("crisis.sent true", "crisis.reached-by-phone false", "crisis.updated true",
					"crisis.all-clear true");
	}

	@Test
	void nothingInACrisisCanBeDeleted() {
		UUID crisis = send("director", Role.CRISIS, crisis("RECEIVED", false, unit("hsf-aldre-hemtjanst-syd")));
		answer("employee", crisis, "RECEIVED");
		for (String table : List.of("crisis_answer", "crisis_recipient", "crisis_target", "crisis_delivery")) {
			assertThatThrownBy(() -> this.database.sql("delete from " + table + " where crisis_id = :id")
				.bind("id", crisis).then().block()).as(table).hasMessageContaining("Nothing in a crisis can be deleted");
		}
		assertThatThrownBy(() -> this.database.sql("delete from crisis where id = :id").bind("id", crisis).then().block())
			.hasMessageContaining("Nothing in a crisis can be deleted");
	}
}
