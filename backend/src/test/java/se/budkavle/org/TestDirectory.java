package se.budkavle.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds directory files for tests, starting from a small part of the demo organisation that tests then change.
 */
public final class TestDirectory {

	private final Map<String, String> lines = new LinkedHashMap<>();

	/**
	 * Stockholms stad → Hägersten-Älvsjö → Äldreomsorg (→ Hemtjänst Syd → Arbetsgrupp A), Förskola (→ Solrosen),
	 * Administration; eight people, three managers and a deputy.
	 */
	public static TestDirectory demo() {
		return new TestDirectory().unit("stad", "Stockholms stad", "ORGANISATION", null)
			.unit("hsf", "Hägersten-Älvsjö stadsdelsförvaltning", "ADMINISTRATION", "stad")
			.unit("hsf-aldre", "Äldreomsorg", "DEPARTMENT", "hsf")
			.unit("hsf-aldre-hemtjanst-syd", "Hemtjänst Syd", "UNIT", "hsf-aldre")
			.unit("hsf-aldre-hemtjanst-syd-a", "Arbetsgrupp A", "TEAM", "hsf-aldre-hemtjanst-syd")
			.unit("hsf-forskola", "Förskola", "DEPARTMENT", "hsf")
			.unit("hsf-forskola-solrosen", "Förskolan Solrosen", "UNIT", "hsf-forskola")
			.unit("hsf-adm", "Administration", "DEPARTMENT", "hsf")
			.person("demo-director", "Karin Lindqvist", "Stadsdelsdirektör", "hsf")
			.person("demo-avdelning-manager", "Anders Berg", "Avdelningschef äldreomsorg", "hsf-aldre")
			.person("demo-enhet-manager", "Maria Holm", "Enhetschef", "hsf-aldre-hemtjanst-syd")
			.person("demo-deputy", "Erik Deputy", "Samordnare", "hsf-aldre-hemtjanst-syd")
			.person("demo-employee", "Ahmed Hassan", "Undersköterska", "hsf-aldre-hemtjanst-syd-a")
			.person("demo-colleague", "Sofia Nilsson", "Undersköterska", "hsf-aldre-hemtjanst-syd")
			.person("demo-outsider", "Johan Ek", "Förskollärare", "hsf-forskola-solrosen")
			.person("demo-admin", "Nora Lund", "Systemförvaltare", "hsf-adm")
			.manager("hsf", "demo-director", false)
			.manager("hsf-aldre", "demo-avdelning-manager", false)
			.manager("hsf-aldre-hemtjanst-syd", "demo-enhet-manager", false)
			.manager("hsf-aldre-hemtjanst-syd", "demo-deputy", true);
	}

	public TestDirectory unit(String id, String name, String kind, String parent) {
		return line("unit:" + id, "{\"type\":\"unit\",\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"kind\":\""
				+ kind + "\",\"parent\":" + quoted(parent) + "}");
	}

	/** A person with the e-mail address made from the name, in the given units (the first is primary). */
	public TestDirectory person(String id, String name, String title, String... units) {
		String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@demo.budkavle.se";
		return personWithEmail(id, name, email, title, units);
	}

	public TestDirectory personWithEmail(String id, String name, String email, String title, String... units) {
		String list = java.util.Arrays.stream(units).map(TestDirectory::quoted).collect(Collectors.joining(","));
		return line("person:" + id, "{\"type\":\"person\",\"id\":\"" + id + "\",\"name\":\"" + name
				+ "\",\"email\":" + quoted(email) + ",\"title\":\"" + title + "\",\"units\":[" + list + "]}");
	}

	/** Gives a person of the file a phone number, written as a directory would. */
	public TestDirectory withPhone(String person, String phone) {
		String key = "person:" + person;
		String line = this.lines.get(key);
		if (line == null) {
			throw new IllegalArgumentException("No entry " + key);
		}
		return line(key, line.substring(0, line.length() - 1) + ",\"phone\":" + quoted(phone) + "}");
	}

	public TestDirectory manager(String unit, String person, boolean deputy) {
		return line("manager:" + unit + "/" + person, "{\"type\":\"manager\",\"unit\":\"" + unit + "\",\"person\":\""
				+ person + "\",\"deputy\":" + deputy + "}");
	}

	/** Removes an entry, named {@code unit:<id>}, {@code person:<id>} or {@code manager:<unit>/<person>}. */
	public TestDirectory without(String key) {
		if (this.lines.remove(key) == null) {
			throw new IllegalArgumentException("No entry " + key);
		}
		return this;
	}

	/** Adds a raw line, for broken files. */
	public TestDirectory raw(String line) {
		return line("raw:" + this.lines.size(), line);
	}

	public TestDirectory copy() {
		TestDirectory copy = new TestDirectory();
		copy.lines.putAll(this.lines);
		return copy;
	}

	/** The line number (1-based) an entry has in {@link #toString()}. */
	public int lineOf(String key) {
		return new ArrayList<>(this.lines.keySet()).indexOf(key) + 1;
	}

	public int size() {
		return this.lines.size();
	}

	private TestDirectory line(String key, String line) {
		this.lines.put(key, line);
		return this;
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

	@Override
	public String toString() {
		return String.join("\n", this.lines.values()) + "\n";
	}

	List<String> keys() {
		return List.copyOf(this.lines.keySet());
	}
}
