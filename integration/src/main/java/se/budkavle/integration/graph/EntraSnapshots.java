package se.budkavle.integration.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.integration.directory.PhoneNumbers;
import se.budkavle.integration.directory.UnitKind;

/**
 * Turns Entra users into the whole organisation as a directory snapshot: units from the manager hierarchy or a
 * department path, people in them, and their managers. Disabled accounts are left out (so they are deactivated).
 * When two people share an e-mail address, the one with the smallest id keeps it.
 */
public final class EntraSnapshots {

	/** External id of the unit for people the source places nowhere. */
	public static final String UNASSIGNED = "entra-unassigned";

	static final String MANAGER_UNIT = "entra-manager-";

	static final String PATH_UNIT = "entra-path:";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private static final UnitKind[] KINDS = { UnitKind.ORGANISATION, UnitKind.ADMINISTRATION, UnitKind.DEPARTMENT,
			UnitKind.UNIT };

	private final Map<String, EntraUser> users = new TreeMap<>();

	private final UnitOptions options;

	private final Set<String> leaders;

	private final Set<String> scope;

	private final Map<String, String> mailOwners = new HashMap<>();

	private final Map<String, DirectoryUnit> units = new LinkedHashMap<>();

	private final List<DirectoryPerson> people = new ArrayList<>();

	private final List<DirectoryManager> managers = new ArrayList<>();

	private EntraSnapshots(Collection<EntraUser> users, UnitOptions options, Set<String> leaders, Set<String> scope,
			Collection<EntraUser> mailRivals) {
		users.stream().filter(EntraUser::active).forEach((user) -> this.users.put(user.id(), user));
		this.options = options;
		this.leaders = (leaders != null) ? leaders : allLeaders();
		this.scope = scope;
		scoped().forEach(this::claimMail);
		mailRivals.stream().filter(EntraUser::active).forEach(this::claimMail);
	}

	/**
	 * The organisation the users describe.
	 * @param users every user now in the directory
	 * @param options how units are made
	 * @return the snapshot to apply
	 */
	public static DirectorySnapshot snapshot(Collection<EntraUser> users, UnitOptions options) {
		return new EntraSnapshots(users, options, null, null, List.of()).build();
	}

	/**
	 * The part of the organisation that some users make: exactly their entries in {@link #snapshot} of every user,
	 * worked out from only the users those entries depend on.
	 * @param context the users in {@code scope} and every user up their manager chains
	 * @param leaders which of the users in {@code scope} are active managers of another active user
	 * @param scope the ids of the users whose entries are wanted
	 * @param mailRivals every user holding the address (ignoring case) of a user in {@code scope}
	 * @param options how units are made
	 * @return their people, the units they lead or whose path they are on, and their manager assignments
	 */
	public static DirectorySnapshot part(Collection<EntraUser> context, Set<String> leaders, Set<String> scope,
			Collection<EntraUser> mailRivals, UnitOptions options) {
		return new EntraSnapshots(context, options, leaders, scope, mailRivals).build();
	}

	private DirectorySnapshot build() {
		Map<String, String> unitOf = (this.options.source() == UnitSource.MANAGER_HIERARCHY)
				? hierarchyUnits(this.leaders) : pathUnits(this.leaders);
		for (EntraUser user : scoped()) {
			String unit = unitOf.get(user.id());
			if (unit == null) {
				unit = unassigned();
			}
			this.people.add(new DirectoryPerson(user.id(), name(user), email(user), user.jobTitle(), List.of(unit),
					PhoneNumbers.normalise(user.phone())));
		}
		return new DirectorySnapshot(List.copyOf(this.units.values()), this.people, this.managers);
	}

	private Set<String> allLeaders() {
		Set<String> leaders = new HashSet<>();
		this.users.values().forEach((user) -> {
			String manager = managerOf(user);
			if (manager != null) {
				leaders.add(manager);
			}
		});
		return leaders;
	}

	/** The active users whose entries are made, by id. */
	private List<EntraUser> scoped() {
		return this.users.values()
			.stream()
			.filter((user) -> this.scope == null || this.scope.contains(user.id()))
			.toList();
	}

	private void claimMail(EntraUser user) {
		String mail = user.mail();
		if (mail != null && EMAIL.matcher(mail).matches()) {
			this.mailOwners.merge(mail.toLowerCase(Locale.ROOT), user.id(),
					(one, other) -> (one.compareTo(other) <= 0) ? one : other);
		}
	}

	// Each manager's unit holds the manager and their direct reports; its parent is the unit of the manager's manager.
	private Map<String, String> hierarchyUnits(Set<String> leaders) {
		Map<String, String> unitOf = new HashMap<>();
		for (String leader : new TreeSet<>(leaders)) {
			EntraUser manager = this.users.get(leader);
			if (manager == null || (this.scope != null && !this.scope.contains(leader))) {
				continue;
			}
			String parentLeader = parentLeader(manager);
			String parentUnit = (parentLeader != null) ? MANAGER_UNIT + parentLeader : null;
			unitOf.put(leader, MANAGER_UNIT + leader);
			this.managers.add(new DirectoryManager(MANAGER_UNIT + leader, leader, false));
			this.units.put(MANAGER_UNIT + leader, new DirectoryUnit(MANAGER_UNIT + leader, unitName(manager),
					kind(depth(manager)), parentUnit));
		}
		for (EntraUser user : scoped()) {
			String manager = managerOf(user);
			if (!leaders.contains(user.id()) && manager != null) {
				unitOf.put(user.id(), MANAGER_UNIT + manager);
			}
		}
		return unitOf;
	}

	// A manager inside a cycle of managers (a data error in the directory) leads a top unit, so the units stay a tree.
	private String parentLeader(EntraUser manager) {
		String parent = managerOf(manager);
		if (parent == null || inCycle(manager)) {
			return null;
		}
		return parent;
	}

	private boolean inCycle(EntraUser start) {
		Set<String> seen = new HashSet<>();
		String current = managerOf(start);
		while (current != null && seen.add(current)) {
			if (current.equals(start.id())) {
				return true;
			}
			current = managerOf(this.users.get(current));
		}
		return false;
	}

	private int depth(EntraUser manager) {
		int depth = 0;
		EntraUser current = manager;
		String parent;
		while ((parent = parentLeader(current)) != null && depth < this.users.size()) {
			depth++;
			current = this.users.get(parent);
		}
		return depth;
	}

	private String unitName(EntraUser manager) {
		String parent = parentLeader(manager);
		String name = firstOf(manager.department(), manager.jobTitle(), name(manager));
		if (parent != null && name.equals(firstOf(this.users.get(parent).department(), null, null))) {
			// A manager in the same department as their own manager: tell the two units apart.
			return name + " – " + firstOf(manager.jobTitle(), name(manager), null);
		}
		return name;
	}

	// Every unit along each person's path; people with direct reports manage the unit at the end of their path.
	private Map<String, String> pathUnits(Set<String> leaders) {
		Map<String, String> unitOf = new HashMap<>();
		for (EntraUser user : scoped()) {
			List<String> segments = segments(user.path());
			if (segments.isEmpty()) {
				continue;
			}
			String parent = null;
			for (int i = 0; i < segments.size(); i++) {
				String id = PATH_UNIT + String.join("/", segments.subList(0, i + 1)).toLowerCase(Locale.ROOT);
				this.units.putIfAbsent(id, new DirectoryUnit(id, segments.get(i), kind(i), parent));
				parent = id;
			}
			unitOf.put(user.id(), parent);
			if (leaders.contains(user.id())) {
				this.managers.add(new DirectoryManager(parent, user.id(), false));
			}
		}
		return unitOf;
	}

	private List<String> segments(String path) {
		if (path == null) {
			return List.of();
		}
		return Arrays.stream(path.split(Pattern.quote(this.options.separator())))
			.map(String::strip)
			.filter((segment) -> !segment.isEmpty())
			.toList();
	}

	private String unassigned() {
		this.units.computeIfAbsent(UNASSIGNED,
				(id) -> new DirectoryUnit(id, this.options.unassignedName(), UnitKind.ORGANISATION, null));
		return UNASSIGNED;
	}

	/** The manager, when they are an active user other than the person themselves. */
	private String managerOf(EntraUser user) {
		String manager = user.managerId();
		return (manager != null && !manager.equals(user.id()) && this.users.containsKey(manager)) ? manager : null;
	}

	private static UnitKind kind(int depth) {
		return (depth < KINDS.length) ? KINDS[depth] : UnitKind.TEAM;
	}

	private static String name(EntraUser user) {
		return firstOf(user.displayName(), user.userPrincipalName(), user.id());
	}

	// An address the hub would reject (malformed, or another person's) is left out rather than failing the sync.
	private String email(EntraUser user) {
		String mail = user.mail();
		if (mail == null || !user.id().equals(this.mailOwners.get(mail.toLowerCase(Locale.ROOT)))) {
			return null;
		}
		return mail;
	}

	private static String firstOf(String first, String second, String third) {
		if (first != null && !first.isBlank()) {
			return first;
		}
		if (second != null && !second.isBlank()) {
			return second;
		}
		return third;
	}
}
