package se.budkavle.m365;

import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.integration.graph.FakeUser;
import se.budkavle.org.OrgTables;

/**
 * A small Entra tenant in the fake Graph: Hägersten-Älvsjö's director, two heads of department, an enhetschef and
 * their people (two with phone numbers: a mobile, and a business number only), and the administrator; and a clean
 * slate in the hub for it.
 */
final class EntraTenant {

	private EntraTenant() {
	}

	static void reset(FakeGraph graph, DatabaseClient database) {
		new OrgTables(database).clear();
		database.sql("truncate m365_user, m365_sync_state, m365_sync_run").then().block();
		graph.reset()
			.put(FakeUser.of("u-karin", "Karin Lindqvist", "Stadsdelsdirektör", "Hägersten-Älvsjö", null))
			.put(FakeUser.of("u-anders", "Anders Berg", "Avdelningschef äldreomsorg", "Äldreomsorg", "u-karin"))
			.put(FakeUser.of("u-maria", "Maria Holm", "Enhetschef", "Hemtjänst Syd", "u-anders")
				.withPhones("070-174 06 05", "08-508 000 00"))
			.put(FakeUser.of("u-ahmed", "Ahmed Hassan", "Undersköterska", "Hemtjänst Syd", "u-maria")
				.withPhones(null, "+46 70 174 06 06"))
			.put(FakeUser.of("u-sofia", "Sofia Nilsson", "Undersköterska", "Hemtjänst Syd", "u-maria"))
			.put(FakeUser.of("u-eva", "Eva Ström", "Avdelningschef förskola", "Förskola", "u-karin"))
			.put(FakeUser.of("u-johan", "Johan Ek", "Förskollärare", "Förskola", "u-eva"))
			.put(FakeUser.of("u-nora", "Nora Lund", "Systemförvaltare", "Administration", "u-karin"));
	}
}
