package se.budkavle.demo;

import java.util.List;

import static se.budkavle.demo.DemoArea.*;

/**
 * The shape of the demo stadsdelsförvaltning: its avdelningar, their enheter with headcounts, and the arbetsgrupper
 * of the larger enheter.
 */
final class DemoStructure {

	static final String CITY_ID = "stad";

	static final String CITY_NAME = "Stockholms stad";

	static final String ADMINISTRATION_ID = "hsf";

	static final String ADMINISTRATION_NAME = "Hägersten-Älvsjö stadsdelsförvaltning";

	private static final List<String> HEMTJANST_TEAMS = List.of("Grupp 1", "Grupp 2", "Grupp 3", "Kväll", "Natt");

	static final List<Avdelning> AVDELNINGAR = List.of(
			new Avdelning("aldre", "Äldreomsorg", "Avdelningschef äldreomsorg", List.of(
					new Enhet("Hemtjänst Syd", HEMTJANST, 95, HEMTJANST_TEAMS),
					new Enhet("Hemtjänst Nord", HEMTJANST, 90, HEMTJANST_TEAMS),
					new Enhet("Hemtjänst Fruängen", HEMTJANST, 75, List.of("Grupp 1", "Grupp 2", "Kväll")),
					new Enhet("Hemtjänst Västberga", HEMTJANST, 70, List.of("Grupp 1", "Grupp 2", "Kväll")),
					new Enhet("Hemtjänst Älvsjö", HEMTJANST, 80, List.of("Grupp 1", "Grupp 2", "Kväll")),
					new Enhet("Nattpatrullen", HEMTJANST, 25, List.of()),
					new Enhet("Vård- och omsorgsboende Solbacka", BOENDE, 140, List.of("Plan 1", "Plan 2", "Plan 3", "Natt")),
					new Enhet("Vård- och omsorgsboende Vitsippan", BOENDE, 120, List.of("Plan 1", "Plan 2", "Natt")),
					new Enhet("Vård- och omsorgsboende Kastanjen", BOENDE, 95, List.of("Plan 1", "Plan 2", "Natt")),
					new Enhet("Dagverksamhet och träffpunkter", DAGVERKSAMHET, 18, List.of()),
					new Enhet("Biståndsenheten", BISTAND, 32, List.of()),
					new Enhet("Rehabenheten", REHAB, 16, List.of()))),
			new Avdelning("forskola", "Förskola", "Avdelningschef förskola", List.of(
					new Enhet("Förskolan Ekorren", FORSKOLA, 32, List.of()),
					new Enhet("Förskolan Ugglan", FORSKOLA, 38, List.of("Avdelning Blåbäret", "Avdelning Lingonet", "Avdelning Hallonet")),
					new Enhet("Förskolan Myran", FORSKOLA, 30, List.of()),
					new Enhet("Förskolan Solrosen", FORSKOLA, 44, List.of("Avdelning Månen", "Avdelning Solen", "Avdelning Stjärnan")),
					new Enhet("Förskolan Regnbågen", FORSKOLA, 36, List.of("Avdelning Röd", "Avdelning Gul", "Avdelning Blå")),
					new Enhet("Förskolan Kotten", FORSKOLA, 28, List.of()),
					new Enhet("Förskolan Humlan", FORSKOLA, 34, List.of()),
					new Enhet("Förskolan Snäckan", FORSKOLA, 26, List.of()),
					new Enhet("Förskolan Fyren", FORSKOLA, 40, List.of("Avdelning Ankaret", "Avdelning Seglet", "Avdelning Ekan")),
					new Enhet("Förskolan Lönnen", FORSKOLA, 32, List.of()),
					new Enhet("Förskolan Äppelgården", FORSKOLA, 38, List.of("Avdelning Äpplet", "Avdelning Päronet", "Avdelning Plommonet")),
					new Enhet("Förskolan Trollstigen", FORSKOLA, 30, List.of()),
					new Enhet("Förskolan Stjärnhimlen", FORSKOLA, 34, List.of()),
					new Enhet("Förskolan Pärlan", FORSKOLA, 28, List.of()),
					new Enhet("Förskolan Lyktan", FORSKOLA, 34, List.of()),
					new Enhet("Förskolan Sjöstjärnan", FORSKOLA, 38, List.of("Avdelning Krabban", "Avdelning Maneten", "Avdelning Tången")),
					new Enhet("Förskolan Blåklockan", FORSKOLA, 30, List.of()),
					new Enhet("Förskolan Vinden", FORSKOLA, 32, List.of()),
					new Enhet("Förskolans stöd och utveckling", FORSKOLA_STOD, 12, List.of()))),
			new Avdelning("ifo", "Individ- och familjeomsorg", "Avdelningschef individ- och familjeomsorg", List.of(
					new Enhet("Barn och unga", BARN_OCH_UNGA, 90, List.of("Mottagning", "Utredning", "Uppföljning", "Familjehem")),
					new Enhet("Försörjningsstöd", FORSORJNING, 70, List.of("Grupp 1", "Grupp 2", "Grupp 3")),
					new Enhet("Vuxenenheten", VUXEN, 30, List.of()),
					new Enhet("Socialpsykiatri", SOCIALPSYKIATRI, 45, List.of("Boendestöd Nord", "Boendestöd Syd")),
					new Enhet("Familjeenheten", FAMILJ, 22, List.of()),
					new Enhet("Enheten för funktionsnedsättning", FUNKTIONSNEDSATTNING, 28, List.of()))),
			new Avdelning("stadsmiljo", "Stadsmiljö", "Avdelningschef stadsmiljö", List.of(
					new Enhet("Parkenheten", PARK, 40, List.of("Park Nord", "Park Syd", "Park Väst")),
					new Enhet("Fritid och kultur", FRITID, 65, List.of("Fritidsgården Fruängen", "Fritidsgården Älvsjö", "Parkleken Hägerstensåsen")),
					new Enhet("Trygghet och stadsmiljöutveckling", TRYGGHET, 14, List.of()))),
			new Avdelning("adm", "Administration", "Administrativ chef", List.of(
					new Enhet("Ekonomi", EKONOMI, 16, List.of()),
					new Enhet("HR-enheten", HR, 14, List.of()),
					new Enhet("Kommunikation", KOMMUNIKATION, 9, List.of()),
					new Enhet("IT och digitalisering", IT, 12, List.of()),
					new Enhet("Kansli", KANSLI, 14, List.of()),
					new Enhet("Lokaler och service", SERVICE, 30, List.of()))));

	private DemoStructure() {
	}

	/**
	 * An avdelning and its enheter.
	 *
	 * @param key the last part of its external id, {@code hsf-<key>}
	 * @param name the display name
	 * @param managerTitle the job title of its chef
	 * @param enheter its enheter
	 */
	record Avdelning(String key, String name, String managerTitle, List<Enhet> enheter) {

		String externalId() {
			return ADMINISTRATION_ID + "-" + this.key;
		}
	}

	/**
	 * An enhet with its headcount, including its chef, and its arbetsgrupper if it has any.
	 *
	 * @param name the display name
	 * @param area the kind of work done there
	 * @param size how many people work there
	 * @param teams the names of its arbetsgrupper, possibly none
	 */
	record Enhet(String name, DemoArea area, int size, List<String> teams) {

		String externalId(Avdelning avdelning) {
			return avdelning.externalId() + "-" + DemoEmails.slug(this.name);
		}
	}
}
