package se.budkavle.cascade;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cascade on the demo organisation of the hub tests: Karin Lindqvist (director) above Anders Berg (Äldreomsorg),
 * above Maria Holm (Hemtjänst Syd, whose Arbetsgrupp A has no manager of its own) and Nils Norrman (Hemtjänst Nord).
 */
class CascadeApiTests extends HubTestSupport {

	static final String PROBLEM = "urn:budkavle:problem:";

	@Autowired
	CascadeTopics topics;

	@Test
	void theDirectorsCascadeIsRelayedByPostAndMeetingAndTheTrackerShowsStatesTimesReachAndFeedback() {
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		UUID aldre = unit("hsf-aldre");
		UUID syd = unit("hsf-aldre-hemtjanst-syd");
		get(as("enhet-manager"), "/api/v1/cascades/" + id).expectStatus().isNotFound();
		get(as("avdelning-manager"), "/api/v1/cascades?box=relay").expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].units[0].name").isEqualTo("Äldreomsorg")
			.jsonPath("$.items[?(@.id == '" + id + "')].units[0].state").isEqualTo("NOT_OPENED");
		as("avdelning-manager").post().uri("/api/v1/cascades/{id}/opens", id).exchange().expectStatus().isNoContent();
		get(as("avdelning-manager"), "/api/v1/cascades/" + id).expectStatus().isOk().expectBody()
			.jsonPath("$.title").isEqualTo("Ny bemanningsplan")
			.jsonPath("$.messageHtml").isEqualTo("<p>Från januari <strong>planerar</strong> vi bemanningen veckovis.</p>\n")
			.jsonPath("$.talkingPoints[0]").isEqualTo("Ingen förlorar timmar")
			.jsonPath("$.questions[0].answer").isEqualTo("Nej.")
			.jsonPath("$.units[0].state").isEqualTo("OPENED")
			.jsonPath("$.units[0].onBehalf").isEqualTo(false);

		this.clock.advance(Duration.ofHours(5));
		UUID post = publish(as("avdelning-manager"), aldre);
		relay(as("avdelning-manager"), id, Map.of("unitId", aldre, "kind", "POST", "postId", post)).expectStatus()
			.isCreated();
		get(as("employee"), "/api/v1/posts/" + post).expectStatus().isOk();

		this.clock.advance(Duration.ofHours(20));
		relay(as("enhet-manager"), id, Map.of("unitId", syd, "kind", "MEETING", "meeting",
				Map.of("date", "2026-12-04", "participants", 8, "questions",
						"Får vi veta schemat i tid?\nGäller det helger?", "feedback", "Positivt, men oro för helger.")))
			.expectStatus().isCreated();

		get(as("director"), "/api/v1/cascades/" + id + "/tracker").expectStatus().isOk().expectBody()
			.jsonPath("$.root.name").isEqualTo("Äldreomsorg")
			.jsonPath("$.root.state").isEqualTo("RELAYED")
			.jsonPath("$.root.manager.name").isEqualTo("Anders Berg")
			.jsonPath("$.root.relays[0].kind").isEqualTo("POST")
			.jsonPath("$.root.relays[0].postId").isEqualTo(post.toString())
			.jsonPath("$.root.reach.audience").isEqualTo(6)
			.jsonPath("$.root.reach.read").isEqualTo(1)
			.jsonPath("$.root.rollup.units").isEqualTo(4)
			.jsonPath("$.root.rollup.relayed").isEqualTo(1)
			.jsonPath("$.root.rollup.discussed").isEqualTo(1)
			.jsonPath("$.root.rollup.notOpened").isEqualTo(2)
			.jsonPath("$.root.children[?(@.name == 'Hemtjänst Syd')].state").isEqualTo("DISCUSSED")
			.jsonPath("$.root.children[?(@.name == 'Hemtjänst Syd')].manager.name").isEqualTo("Maria Holm")
			.jsonPath("$.root.children[?(@.name == 'Hemtjänst Nord')].state").isEqualTo("NOT_OPENED")
			.jsonPath("$.levels[0].medianHours").isEqualTo(5.0)
			.jsonPath("$.levels[1].medianHours").isEqualTo(25.0)
			.jsonPath("$.levels[1].units").isEqualTo(2)
			.jsonPath("$.feedback.meetings").isEqualTo(1)
			.jsonPath("$.feedback.participants").isEqualTo(8)
			.jsonPath("$.feedback.answers[0].unitName").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.feedback.answers[0].questions").isEqualTo("Får vi veta schemat i tid?\nGäller det helger?");

		// Hemtjänst Syd has four people: neither the feedback nor figures about them alone are shown there
		get(as("enhet-manager"), "/api/v1/cascades/" + id + "/tracker").expectStatus().isOk().expectBody()
			.jsonPath("$.root.name").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.feedback").doesNotExist();

		for (String path : List.of("", "/tracker", "/tracker.csv")) {
			get(as("outsider"), "/api/v1/cascades/" + id + path).expectStatus().isNotFound().expectBody()
				.jsonPath("$.type").isEqualTo(PROBLEM + "cascade-not-found");
		}
		relay(as("outsider"), id, Map.of("unitId", aldre, "kind", "PRINT")).expectStatus().isNotFound();
		assertThat(count("select count(*) from event where topic = 'cascade:" + id + "'")).as("opened, relayed, discussed")
			.isEqualTo(3);
	}

	@Test
	void aUnitWithoutAManagerIsCarriedByTheManagerAboveAndShowsInTheirRelayBox() {
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isCreated();
		UUID syd = unit("hsf-aldre-hemtjanst-syd");
		relay(as("enhet-manager"), id, Map.of("unitId", syd, "kind", "PRINT")).expectStatus().isCreated();
		UUID team = unit("hsf-aldre-hemtjanst-syd-a");
		get(as("enhet-manager"), "/api/v1/cascades?box=relay").expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].units[?(@.name == 'Arbetsgrupp A')].state")
			.isEqualTo("NOT_OPENED");
		get(as("director"), "/api/v1/cascades/" + id + "/tracker?unitId=" + team).expectStatus().isOk().expectBody()
			.jsonPath("$.root.manager").isEmpty()
			.jsonPath("$.root.carriedBy.name").isEqualTo("Maria Holm");
		relay(as("enhet-manager"), id, Map.of("unitId", team, "kind", "PRINT")).expectStatus().isCreated();
		relay(as("employee"), id, Map.of("unitId", team, "kind", "PRINT")).expectStatus().isNotFound();
	}

	@Test
	void aReorganisationDuringACascadeKeepsWhoWasResponsibleWhenTheLevelOpened() {
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isCreated();
		// Nils Norrman takes over Hemtjänst Syd; Maria Holm leads nothing any more
		this.imports.applyFile(directory().manager("hsf-aldre-hemtjanst-syd", "demo-nord-manager", false)
			.without("manager:hsf-aldre-hemtjanst-syd/demo-enhet-manager")
			.toString(), "test", null).block();
		UUID syd = unit("hsf-aldre-hemtjanst-syd");
		get(as("director"), "/api/v1/cascades/" + id + "/tracker?unitId=" + syd).expectStatus().isOk().expectBody()
			.jsonPath("$.root.manager.name").isEqualTo("Maria Holm");
		relay(as("nord-manager"), id, Map.of("unitId", syd, "kind", "PRINT")).expectStatus().isCreated();
		get(as("director"), "/api/v1/cascades/" + id + "/tracker?unitId=" + syd).expectStatus().isOk().expectBody()
			.jsonPath("$.root.manager.name").isEqualTo("Maria Holm")
			.jsonPath("$.root.relays[0].by").isEqualTo("Nils Norrman")
			.jsonPath("$.root.state").isEqualTo("RELAYED");
	}

	@Test
	void allAtOnceReachesEveryManagerOfTheSubtreeAtOnce() {
		UUID id = send(as("director"), "hsf-aldre",
				Map.of("mode", "ALL_AT_ONCE", "deadline", START.plus(Duration.ofDays(5)).toString()));
		get(as("enhet-manager"), "/api/v1/cascades?box=relay").expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].units[*].name").value((names) -> assertThat(names.toString())
				.contains("Hemtjänst Syd").contains("Arbetsgrupp A"));
		get(as("nord-manager"), "/api/v1/cascades/" + id).expectStatus().isOk();
		get(as("director"), "/api/v1/cascades?box=sent").expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].counts.units").isEqualTo(4);
	}

	@Test
	void theManagerAboveRelaysForAnOverdueUnitOnItsManagersBehalf() {
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isCreated();
		UUID syd = unit("hsf-aldre-hemtjanst-syd");
		relay(as("avdelning-manager"), id, Map.of("unitId", syd, "kind", "PRINT")).expectStatus().isForbidden();
		this.clock.advance(Duration.ofDays(6));
		get(as("avdelning-manager"), "/api/v1/cascades?box=relay").expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].units[?(@.name == 'Hemtjänst Syd')].state").isEqualTo("OVERDUE")
			.jsonPath("$.items[?(@.id == '" + id + "')].units[?(@.name == 'Hemtjänst Syd')].onBehalf").isEqualTo(true);
		relay(as("avdelning-manager"), id, Map.of("unitId", syd, "kind", "PRINT")).expectStatus().isCreated();
		get(as("director"), "/api/v1/cascades/" + id + "/tracker?unitId=" + syd).expectStatus().isOk().expectBody()
			.jsonPath("$.root.state").isEqualTo("RELAYED")
			.jsonPath("$.root.relays[0].onBehalf").isEqualTo(true)
			.jsonPath("$.root.relays[0].by").isEqualTo("Anders Berg");
		String csv = get(as("director"), "/api/v1/cascades/" + id + "/tracker.csv").expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith("text/csv").expectBody(String.class).returnResult()
			.getResponseBody();
		assertThat(csv).contains("Enhet;Nivå;Chef").contains("Hemtjänst Syd;2;Maria Holm;;RELAYED")
			.contains("Hemtjänst Nord;2;Nils Norrman;;OVERDUE");
	}

	@Test
	void theMeetingSheetIsAnA4PdfWithTheMessageAndAQrCodeToTheLocalPostAndItsPrintIsRecorded() throws Exception {
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		UUID aldre = unit("hsf-aldre");
		UUID post = publish(as("avdelning-manager"), aldre);
		relay(as("avdelning-manager"), id, Map.of("unitId", aldre, "kind", "POST", "postId", post)).expectStatus()
			.isCreated();
		byte[] pdf = get(as("avdelning-manager"), "/api/v1/cascades/" + id + "/sheet?unitId=" + aldre).expectStatus()
			.isOk().expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult()
			.getResponseBody();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			var page = document.getPage(0);
			assertThat(page.getMediaBox().getWidth()).isEqualTo(org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getWidth());
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Ny bemanningsplan",
					"Äldreomsorg", "planerar vi bemanningen veckovis", "Ny bemanningsplan i Äldreomsorg",
					"Ingen förlorar timmar");
			var name = page.getResources().getXObjectNames().iterator().next();
			var image = ((org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) page.getResources().getXObject(name))
				.getImage();
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
					new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
			assertThat(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText())
				.isEqualTo(POST_LINK.replace("{id}", post.toString()));
		}
		assertThat(count("select count(*) from cascade_relay where kind = 'PRINT' and cascade_id = '" + id + "'"))
			.isEqualTo(1);
		get(as("outsider"), "/api/v1/cascades/" + id + "/sheet?unitId=" + aldre).expectStatus().isNotFound();
		get(as("nord-manager"), "/api/v1/cascades/" + id + "/sheet?unitId=" + aldre).expectStatus().isForbidden();
	}

	@Test
	void managersAskTheSenderInOneThreadEveryoneInTheCascadeSeesAndOnlyTheSenderAnswers() {
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		String questions = "/api/v1/cascades/" + id + "/questions";
		Map<?, ?> asked = as("avdelning-manager").post().uri(questions).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", "Gäller det även nattpersonalen?")).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		as("avdelning-manager").post().uri(questions).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", " ")).exchange().expectStatus().isBadRequest();
		get(as("enhet-manager"), questions).expectStatus().isNotFound();
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isCreated();
		String answer = questions + "/" + asked.get("id") + "/answer";
		as("enhet-manager").post().uri(answer).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", "Ja.")).exchange().expectStatus().isForbidden();
		as("director").post().uri(answer).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", "Ja, alla pass.")).exchange().expectStatus().isOk();
		get(as("enhet-manager"), questions).expectStatus().isOk().expectBody()
			.jsonPath("$.items[0].body").isEqualTo("Gäller det även nattpersonalen?")
			.jsonPath("$.items[0].author.name").isEqualTo("Anders Berg")
			.jsonPath("$.items[0].answer.body").isEqualTo("Ja, alla pass.")
			.jsonPath("$.items[0].answer.author.name").isEqualTo("Karin Lindqvist");
		get(as("outsider"), questions).expectStatus().isNotFound();
	}

	@Test
	void aManagerWhoDoesNothingIsRemindedOnceADayBecomesOverdueAndTheManagerAboveIsToldAndRelaysOnTheirBehalf(
			@Autowired Nudges nudges) {
		// a title of its own: the reminders of the other tests' cascades go to the same managers
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3, "title", "Nattbemanning " + UUID.randomUUID()));
		UUID syd = unit("hsf-aldre-hemtjanst-syd");
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isCreated();
		java.time.Instant deadline = this.database
			.sql("select deadline from cascade_unit where cascade_id = :id and unit_id = :unit").bind("id", id)
			.bind("unit", syd).mapValue(java.time.Instant.class).one().block();
		assertThat(deadline).as("three working days, Monday to Friday")
			.isEqualTo(WorkingDays.after(START, 3, java.time.ZoneId.of("Europe/Stockholm")));
		nudges.nudge().block();
		assertThat(reminders(id, "enhet-manager", "cascade.reminder")).as("not yet due").isZero();

		this.clock.set(deadline.minus(Duration.ofHours(12)));
		nudges.nudge().block();
		nudges.nudge().block();
		assertThat(reminders(id, "enhet-manager", "cascade.reminder")).as("once a day").isEqualTo(1);
		assertThat(reminders(id, "nord-manager", "cascade.reminder")).isEqualTo(1);

		this.clock.set(deadline.plus(Duration.ofHours(13)));
		nudges.nudge().block();
		nudges.nudge().block();
		assertThat(reminders(id, "enhet-manager", "cascade.reminder")).as("the next day").isEqualTo(2);
		assertThat(reminders(id, "avdelning-manager", "cascade.overdue")).as("the manager above is told").isEqualTo(1);
		assertThat(count("select count(*) from event where topic = 'cascade:" + id + "' and type = 'cascade.overdue'"))
			.as("Hemtjänst Syd and Hemtjänst Nord, once each").isEqualTo(2);
		get(as("director"), "/api/v1/cascades/" + id + "/tracker?unitId=" + syd).expectStatus().isOk().expectBody()
			.jsonPath("$.root.state").isEqualTo("OVERDUE");

		relay(as("avdelning-manager"), id, Map.of("unitId", syd, "kind", "PRINT")).expectStatus().isCreated();
		get(as("director"), "/api/v1/cascades/" + id + "/tracker?unitId=" + syd).expectStatus().isOk().expectBody()
			.jsonPath("$.root.state").isEqualTo("RELAYED")
			.jsonPath("$.root.relays[0].onBehalf").isEqualTo(true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyCascadeActionIsInTheAuditTrailWithWhoAndWhat(@Autowired Nudges nudges) {
		String title = "Granskad " + UUID.randomUUID();
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3, "title", title));
		UUID aldre = unit("hsf-aldre");
		UUID syd = unit("hsf-aldre-hemtjanst-syd");
		UUID nord = unit("hsf-aldre-hemtjanst-nord");
		UUID post = publish(as("avdelning-manager"), aldre);
		relay(as("avdelning-manager"), id, Map.of("unitId", aldre, "kind", "POST", "postId", post)).expectStatus()
			.isCreated();
		relay(as("nord-manager"), id, Map.of("unitId", nord, "kind", "MEETING", "meeting",
				Map.of("date", "2026-12-04", "participants", 6))).expectStatus().isCreated();
		this.clock.advance(Duration.ofDays(6));
		nudges.nudge().block();
		relay(as("avdelning-manager"), id, Map.of("unitId", syd, "kind", "PRINT")).expectStatus().isCreated();

		Map<?, ?> page = get(as("hr", Role.RECORDS), "/api/v1/records/audit?action=cascade&limit=100").expectStatus()
			.isOk().expectBody(Map.class).returnResult().getResponseBody();
		List<String> entries = ((List<Map<String, Object>>) page.get("items")).stream()
			.filter((entry) -> entry.get("subject").toString().startsWith("cascade:" + id))
			.map((entry) -> entry.get("action") + " " + ((entry.get("actor") != null)
					? ((Map<?, ?>) entry.get("actor")).get("displayName") : "hub") + " " + entry.get("unitId") + " "
					+ entry.get("reason"))
			.toList();
		assertThat(entries).contains("cascade.sent Karin Lindqvist " + aldre + " " + title + " (level_by_level)")
			.contains("cascade.relayed Anders Berg " + aldre + " post:" + post)
			.contains("cascade.meeting-recorded Nils Norrman " + nord + " meeting 2026-12-04, 6 participants")
			.contains("cascade.relayed-on-behalf Anders Berg " + syd + " print")
			.anySatisfy((entry) -> assertThat(entry).startsWith("cascade.reminded hub null own unit due"))
			.anySatisfy((entry) -> assertThat(entry).startsWith("cascade.reminded hub null").contains("a unit below overdue"));
	}

	private long reminders(UUID cascadeId, String persona, String kind) {
		return count("select count(*) from notification n join cascade c on n.title = 'Påminnelse: ”' || c.title || '”'"
				+ " where c.id = '" + cascadeId + "' and n.kind = '" + kind + "' and n.recipient_id = '" + person(persona)
				+ "' and n.created_at >= c.sent_at");
	}

	@Test
	void badInputIsRefusedWithTheFieldsInErrorAndWritesNothing() {
		long before = count("select count(*) from cascade");
		as("director").post().uri("/api/v1/cascades").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "", "targets", List.of(), "levelDeadline", 31))
			.exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.type").isEqualTo(PROBLEM + "invalid-cascade")
			.jsonPath("$.errors[*].field").value((fields) -> assertThat(fields.toString()).contains("title", "message",
					"targets", "levelDeadline"));
		as("director").post().uri("/api/v1/cascades").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request("hsf-aldre", Map.of("levelDeadline", 3, "deadline", START.toString())))
			.exchange().expectStatus().isBadRequest();
		as("director").post().uri("/api/v1/cascades").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "x", "message", "y", "targets", List.of(Map.of("unitId", UUID.randomUUID())),
					"levelDeadline", 3))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("targets");
		as("director").post().uri("/api/v1/cascades").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"x\",\"mode\":\"SIDEWAYS\"}").exchange().expectStatus().isBadRequest();
		as("director").post().uri("/api/v1/cascades").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request("hsf-aldre", Map.of("levelDeadline", 3, "message", "x".repeat(20_001))))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("message");
		assertThat(count("select count(*) from cascade")).isEqualTo(before);
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "MEETING", "meeting",
				Map.of("participants", 0))).expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[*].field").value((fields) -> assertThat(fields.toString())
				.contains("meeting.date", "meeting.participants"));
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "POST", "postId",
				UUID.randomUUID())).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
			.isEqualTo("postId");
		assertThat(count("select count(*) from cascade_relay where cascade_id = '" + id + "'")).isZero();
	}

	@Test
	void onlyCommunicatorsHrAdminsAndManagersForTheirOwnSubtreeStartOneAndOnlyTheResponsibleRelay() {
		post(as("employee"), "hsf-aldre-hemtjanst-syd").expectStatus().isForbidden().expectBody().jsonPath("$.type")
			.isEqualTo(PROBLEM + "cascade-not-allowed");
		post(as("enhet-manager"), "hsf-aldre").expectStatus().isForbidden();
		post(as("enhet-manager"), "hsf-aldre-hemtjanst-syd").expectStatus().isCreated();
		post(as("communicator", Role.COMMUNICATOR), "hsf").expectStatus().isCreated();
		post(as("hr", Role.HR), "hsf-aldre").expectStatus().isCreated();
		post(as("admin", Role.ADMIN), "hsf-forskola").expectStatus().isCreated();
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		// before its level opens, Hemtjänst Nord's manager is not in the cascade at all
		relay(as("nord-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isNotFound();
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isCreated();
		relay(as("nord-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isForbidden().expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "cascade-unit-not-yours");
		relay(as("nord-manager"), id, Map.of("unitId", unit("hsf-aldre-hemtjanst-syd"), "kind", "PRINT"))
			.expectStatus().isForbidden();
		this.client.get().uri("/api/v1/cascades?box=relay").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theLiveTopicIsForTheSenderAndTheManagersInTheCascadeOnly() {
		UUID id = send(as("director"), "hsf-aldre", Map.of("levelDeadline", 3));
		String topic = "cascade:" + id;
		assertThat(this.topics.maySubscribe(viewer("director"), topic).block()).isTrue();
		assertThat(this.topics.maySubscribe(viewer("avdelning-manager"), topic).block()).isTrue();
		assertThat(this.topics.maySubscribe(viewer("outsider"), topic).block()).isFalse();
		assertThat(this.topics.maySubscribe(viewer("outsider"), "cascade:nonsense").block()).isFalse();
		relay(as("avdelning-manager"), id, Map.of("unitId", unit("hsf-aldre"), "kind", "PRINT")).expectStatus()
			.isCreated();
		assertThat(this.topics.maySubscribe(viewer("enhet-manager"), topic).block()).isTrue();
		assertThat(count("select count(*) from event where topic = 'cascade:" + id + "' and type = 'cascade.relayed'"
				+ " and payload ->> 'state' = 'RELAYED'")).isEqualTo(1);
	}

	private Viewer viewer(String key) {
		var person = this.organisation.personByExternalId("demo-" + key).block();
		return new Viewer(person.id(), person.displayName(), person.email(), java.util.Set.of());
	}

	private UUID send(WebTestClient as, String unit, Map<String, Object> timing) {
		Map<?, ?> created = as.post().uri("/api/v1/cascades").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request(unit, timing))
			.exchange().expectStatus().isCreated().expectHeader().exists("Location")
			.expectBody(Map.class).returnResult().getResponseBody();
		return UUID.fromString(created.get("id").toString());
	}

	private WebTestClient.ResponseSpec post(WebTestClient as, String unit) {
		return as.post().uri("/api/v1/cascades").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request(unit, Map.of("levelDeadline", 3))).exchange();
	}

	private Map<String, Object> request(String unit, Map<String, Object> timing) {
		Map<String, Object> request = new java.util.HashMap<>(Map.of("title", "Ny bemanningsplan", "message",
				"Från januari **planerar** vi bemanningen veckovis.", "changes", "Schemat läggs varje vecka.",
				"unchanged", "Ingen förlorar timmar.", "talkingPoints", List.of("Ingen förlorar timmar"), "questions",
				List.of(Map.of("question", "Blir det färre timmar?", "answer", "Nej.")), "doNotSay",
				"Inga gissningar om nya tjänster.", "feedbackQuestion", "Vad betyder det här för er?", "targets",
				List.of(Map.of("unitId", unit(unit)))));
		request.putAll(timing);
		return request;
	}

	private WebTestClient.ResponseSpec relay(WebTestClient as, UUID id, Map<String, Object> relay) {
		return as.post().uri("/api/v1/cascades/{id}/relays", id).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(relay).exchange();
	}

	private static WebTestClient.ResponseSpec get(WebTestClient as, String path) {
		return as.get().uri(path).exchange();
	}

	private static UUID publish(WebTestClient author, UUID unit) {
		Map<String, Object> post = Map.of("title", "Ny bemanningsplan i Äldreomsorg", "body",
				"Från januari planerar vi bemanningen veckovis.", "priority", "NORMAL", "language", "sv",
				"commentsEnabled", true, "targets", List.of(Map.of("unitId", unit.toString(), "includeSubunits", true)),
				"acknowledgement", Map.of("required", false));
		Map<?, ?> created = author.post().uri("/api/v1/posts").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(post).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
			.getResponseBody();
		return UUID.fromString(created.get("id").toString());
	}

	private long count(String sql) {
		return this.database.sql(sql).mapValue(Long.class).one().block();
	}
}
