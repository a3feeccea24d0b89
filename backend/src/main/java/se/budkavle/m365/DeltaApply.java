package se.budkavle.m365;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import reactor.core.publisher.Mono;

import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.graph.EntraSnapshots;
import se.budkavle.integration.graph.EntraUser;
import se.budkavle.integration.graph.EntraUsers;
import se.budkavle.integration.graph.UnitOptions;
import se.budkavle.integration.graph.UnitSource;
import se.budkavle.integration.graph.UserChange;
import se.budkavle.integration.graph.UserDelta;
import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.DirectoryImports;

/**
 * Applies an incremental delta without reading the stored population: stores the changed users, works out whose
 * entries in the organisation they can change, and applies just those entries. Whose entries: the changed users;
 * their managers before and after (who may gain or lose their unit); everyone sharing an address with them (one
 * address, one person); in the manager hierarchy also the direct reports of a renamed user (their unit's name may
 * repeat their manager's department) and everyone below a user who moved, came, left or was enabled or disabled
 * (their units' parents and levels follow the chain).
 */
final class DeltaApply {

	private final EntraUserStore users;

	private final DirectoryImports imports;

	private final UnitOptions options;

	DeltaApply(EntraUserStore users, DirectoryImports imports, UnitOptions options) {
		this.users = users;
		this.imports = imports;
		this.options = options;
	}

	/** Applies the delta (not a full one); call in the transaction that stores the delta link. */
	Mono<DirectoryChanges> apply(UserDelta delta, UUID startedBy) {
		Set<String> changed = new HashSet<>(delta.removed());
		delta.changes().stream().map(UserChange::user).map(EntraUser::id).forEach(changed::add);
		return this.users.users(changed).flatMap((known) -> {
			Map<String, EntraUser> before = known.stream()
				.collect(Collectors.toMap(EntraUser::id, Function.identity()));
			Map<String, EntraUser> now = EntraUsers.merge(known, delta);
			return this.users.save(delta, now, now.size() - known.size())
				.then(scope(changed, before, now))
				.flatMap((scope) -> part(scope).flatMap((part) -> this.imports.applyPart(part, scope,
						DirectorySync.SOURCE, startedBy)));
		});
	}

	private Mono<Set<String>> scope(Set<String> changed, Map<String, EntraUser> before, Map<String, EntraUser> now) {
		Set<String> scope = new HashSet<>(changed);
		Stream.concat(before.values().stream(), now.values().stream())
			.map(EntraUser::managerId)
			.filter(Objects::nonNull)
			.forEach(scope::add);
		Set<String> mails = lowerMails(Stream.concat(before.values().stream(), now.values().stream()).toList());
		Mono<Set<String>> holders = this.users.holders(mails);
		if (this.options.source() != UnitSource.MANAGER_HIERARCHY) {
			return holders.map((ids) -> union(scope, ids));
		}
		Set<String> moved = changed.stream().filter((id) -> moved(before.get(id), now.get(id)))
			.collect(Collectors.toSet());
		Set<String> renamed = new HashSet<>(changed);
		renamed.removeAll(moved);
		return holders.flatMap((ids) -> this.users.below(moved)
			.flatMap((below) -> this.users.reports(renamed)
				.map((reports) -> union(union(union(scope, ids), below), reports))));
	}

	private Mono<DirectorySnapshot> part(Set<String> scope) {
		return this.users.chains(scope).flatMap((context) -> this.users.leaders(scope).flatMap((leaders) -> {
			List<EntraUser> inScope = context.stream().filter((user) -> scope.contains(user.id())).toList();
			return this.users.rivals(lowerMails(inScope))
				.map((rivals) -> EntraSnapshots.part(context, leaders, scope, rivals, this.options));
		}));
	}

	/** Whether a change can move the user's place in the manager tree: new, gone, another manager, enabled or not. */
	private static boolean moved(EntraUser before, EntraUser now) {
		return before == null || now == null || !Objects.equals(before.managerId(), now.managerId())
				|| before.active() != now.active();
	}

	private static Set<String> lowerMails(Collection<EntraUser> users) {
		return users.stream()
			.map(EntraUser::mail)
			.filter(Objects::nonNull)
			.map((mail) -> mail.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> union = new HashSet<>(one);
		union.addAll(other);
		return union;
	}
}
