package se.budkavle.demo;

import java.util.List;
import java.util.Random;

/**
 * Draws first and last names with roughly the mix of origins a Stockholm workplace has today; people of other origins
 * often carry a Swedish last name, and the other way round.
 */
final class DemoNames {

	private static final List<String> SWEDISH_LAST = List.of("Andersson", "Johansson", "Karlsson", "Nilsson",
			"Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson",
			"Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström",
			"Lindgren", "Axelsson", "Bergström", "Lundberg", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
			"Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Wallin", "Engström", "Eklund", "Danielsson", "Lundin",
			"Håkansson", "Björk", "Bergman", "Gunnarsson", "Samuelsson", "Isaksson", "Fransson", "Bergqvist",
			"Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson",
			"Nordström", "Strand", "Åberg", "Sundberg", "Hedlund", "Ström", "Dahl", "Falk", "Öberg", "Sjögren");

	private static final List<Origin> ORIGINS = List.of(
			new Origin(58, List.of("Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Kerstin", "Emma",
					"Ingrid", "Malin", "Jenny", "Annika", "Linda", "Susanne", "Elin", "Hanna", "Camilla", "Johanna",
					"Ida", "Frida", "Sofia", "Ebba", "Maja", "Elsa", "Astrid", "Alice", "Matilda", "Birgitta", "Ulla",
					"Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Jan", "Peter", "Magnus", "Fredrik",
					"Daniel", "Henrik", "Mattias", "Andreas", "Jonas", "Oscar", "William", "Hugo", "Gustav", "Axel",
					"Viktor", "Emil", "Björn", "Mats", "Håkan", "Göran", "Ulf", "Stefan", "Niklas"), SWEDISH_LAST),
			new Origin(5, List.of("Aino", "Tiina", "Päivi", "Satu", "Mikko", "Juha", "Jukka", "Timo"),
					List.of("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laine", "Koskinen")),
			new Origin(10, List.of("Fatima", "Amina", "Leila", "Yasmin", "Noor", "Rania", "Mariam", "Lina",
					"Mohammed", "Ahmad", "Omar", "Ali", "Samir", "Khaled", "Youssef", "Karim"),
					List.of("Haddad", "Khalil", "Saleh", "Mahmoud", "Hussein", "Ibrahim", "Al-Sayed", "Mansour",
							"Nasser", "Abbas")),
			new Origin(4, List.of("Hodan", "Ayan", "Sahra", "Ifrah", "Abdi", "Abdirahman", "Mahad", "Liban"),
					List.of("Warsame", "Farah", "Osman", "Abdullahi", "Jama", "Nur")),
			new Origin(4, List.of("Shirin", "Parisa", "Neda", "Leyla", "Reza", "Dariush", "Arash", "Babak"),
					List.of("Rahimi", "Ahmadi", "Hosseini", "Karimi", "Mohammadi", "Tehrani")),
			new Origin(4, List.of("Zeynep", "Elif", "Ayşe", "Dilan", "Mehmet", "Emre", "Kemal", "Baran"),
					List.of("Yilmaz", "Kaya", "Demir", "Çelik", "Aydin", "Doğan")),
			new Origin(4, List.of("Jelena", "Mirela", "Ana", "Amra", "Dragan", "Goran", "Milan", "Emir"),
					List.of("Jovanović", "Popović", "Hodžić", "Petrović", "Kovačević", "Begić")),
			new Origin(3, List.of("Aleksandra", "Marta", "Katarzyna", "Piotr", "Tomasz", "Paweł"),
					List.of("Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk")),
			new Origin(3, List.of("Selam", "Meron", "Rahel", "Helen", "Dawit", "Tesfaye", "Yonas", "Samuel"),
					List.of("Tesfay", "Gebremedhin", "Haile", "Berhane", "Mehari")),
			new Origin(3, List.of("Valentina", "Camila", "Daniela", "Andrés", "Carlos", "José", "Felipe"),
					List.of("Rodríguez", "González", "Muñoz", "Silva", "Rojas", "Contreras")),
			new Origin(2, List.of("Linh", "Mai", "Thu", "Minh", "Duc", "Jin", "Wei", "Hyun"),
					List.of("Nguyen", "Tran", "Pham", "Chen", "Wang", "Kim")));

	private static final int TOTAL_WEIGHT = ORIGINS.stream().mapToInt(Origin::weight).sum();

	private static final double SWEDISH_LAST_NAME_SHARE = 0.15;

	private final Random random;

	DemoNames(Random random) {
		this.random = random;
	}

	/**
	 * Draws a name.
	 * @return the name
	 */
	Name next() {
		Origin origin = origin(this.random.nextInt(TOTAL_WEIGHT));
		String first = pick(origin.firstNames());
		boolean swedishLast = this.random.nextDouble() < SWEDISH_LAST_NAME_SHARE;
		String last = pick(swedishLast ? SWEDISH_LAST : origin.lastNames());
		return new Name(first, last);
	}

	private static Origin origin(int draw) {
		int remaining = draw;
		for (Origin origin : ORIGINS) {
			remaining -= origin.weight();
			if (remaining < 0) {
				return origin;
			}
		}
		throw new IllegalStateException("weights do not add up");
	}

	private String pick(List<String> names) {
		return names.get(this.random.nextInt(names.size()));
	}

	/** A drawn first and last name. */
	record Name(String first, String last) {

		String displayName() {
			return this.first + " " + this.last;
		}
	}

	private record Origin(int weight, List<String> firstNames, List<String> lastNames) {
	}
}
