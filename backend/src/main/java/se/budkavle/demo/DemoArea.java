package se.budkavle.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The kinds of work in the demo förvaltning, each with the job titles its people have and how often they occur.
 */
enum DemoArea {

	HEMTJANST("Enhetschef", "Biträdande enhetschef", List.of("Planerare", "Samordnare"), "Undersköterska", 7,
			"Vårdbiträde", 3),

	BOENDE("Enhetschef", "Biträdande enhetschef",
			List.of("Sjuksköterska", "Sjuksköterska", "Arbetsterapeut", "Fysioterapeut", "Aktivitetssamordnare"),
			"Undersköterska", 12, "Vårdbiträde", 4),

	DAGVERKSAMHET("Enhetschef", null, List.of(), "Undersköterska", 3, "Aktivitetsledare", 2),

	BISTAND("Enhetschef", null, List.of(), "Biståndshandläggare", 8, "Administratör", 1),

	REHAB("Enhetschef", null, List.of(), "Arbetsterapeut", 1, "Fysioterapeut", 1),

	FORSKOLA("Rektor", "Biträdande rektor", List.of("Specialpedagog", "Kock"), "Förskollärare", 5, "Barnskötare", 5),

	FORSKOLA_STOD("Enhetschef", null, List.of(), "Specialpedagog", 3, "Pedagogista", 1, "Logoped", 1),

	BARN_OCH_UNGA("Enhetschef", "Gruppledare", List.of("Administratör", "Administratör"), "Socialsekreterare", 6,
			"Familjebehandlare", 1),

	FORSORJNING("Enhetschef", "Gruppledare", List.of("Administratör", "Budget- och skuldrådgivare"),
			"Socialsekreterare", 5, "Handläggare", 2),

	VUXEN("Enhetschef", null, List.of(), "Socialsekreterare", 4, "Behandlare", 2),

	SOCIALPSYKIATRI("Enhetschef", "Gruppledare", List.of("Samordnare"), "Boendestödjare", 5, "Handläggare", 1),

	FAMILJ("Enhetschef", null, List.of(), "Familjebehandlare", 3, "Socialsekreterare", 1),

	FUNKTIONSNEDSATTNING("Enhetschef", null, List.of(), "LSS-handläggare", 4, "Administratör", 1),

	PARK("Enhetschef", "Arbetsledare", List.of("Projektledare", "Administratör"), "Parkarbetare", 5,
			"Trädgårdsmästare", 2, "Maskinförare", 1),

	FRITID("Enhetschef", "Föreståndare", List.of("Verksamhetsutvecklare"), "Fritidsledare", 5, "Fritidsassistent", 1),

	TRYGGHET("Enhetschef", null, List.of(), "Trygghetssamordnare", 2, "Stadsmiljöutvecklare", 2, "Projektledare", 1),

	EKONOMI("Ekonomichef", null, List.of(), "Ekonom", 3, "Controller", 2, "Ekonomiassistent", 1),

	HR("HR-chef", null, List.of(), "HR-specialist", 3, "HR-konsult", 2, "HR-administratör", 1),

	KOMMUNIKATION("Kommunikationschef", null, List.of(), "Kommunikatör", 3, "Webbredaktör", 1),

	IT("Enhetschef", null, List.of(), "Systemförvaltare", 2, "Verksamhetsutvecklare", 2, "IT-samordnare", 1),

	KANSLI("Kanslichef", null, List.of(), "Registrator", 2, "Nämndsekreterare", 1, "Jurist", 1, "Utredare", 2),

	SERVICE("Enhetschef", null, List.of(), "Vaktmästare", 3, "Lokalvårdare", 3, "Servicehandläggare", 1),

	STAB(null, null, List.of(), "Verksamhetsutvecklare", 2, "Kvalitetsutvecklare", 1, "Utredare", 1);

	private final String managerTitle;

	private final String teamLeadTitle;

	private final List<String> supportTitles;

	private final List<String> staffTitles;

	DemoArea(String managerTitle, String teamLeadTitle, List<String> supportTitles, Object... weightedTitles) {
		this.managerTitle = managerTitle;
		this.teamLeadTitle = teamLeadTitle;
		this.supportTitles = supportTitles;
		this.staffTitles = expand(weightedTitles);
	}

	String managerTitle() {
		return this.managerTitle;
	}

	String teamLeadTitle() {
		return this.teamLeadTitle;
	}

	/** The few people who work for the whole enhet rather than in one of its arbetsgrupper. */
	List<String> supportTitles() {
		return this.supportTitles;
	}

	String staffTitle(Random random) {
		return this.staffTitles.get(random.nextInt(this.staffTitles.size()));
	}

	private static List<String> expand(Object... weightedTitles) {
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < weightedTitles.length; i += 2) {
			for (int n = 0; n < (Integer) weightedTitles[i + 1]; n++) {
				titles.add((String) weightedTitles[i]);
			}
		}
		return List.copyOf(titles);
	}
}
