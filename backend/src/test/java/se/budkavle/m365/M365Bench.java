package se.budkavle.m365;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.integration.graph.FakeUser;
import se.budkavle.integration.graph.GraphDirectorySource;
import se.budkavle.integration.graph.UserDelta;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The m365 benchmark (bench/run.sh m365; not a test that runs with the others: its name ends in Bench): a fake Graph
 * with 50,000 generated users, an initial sync and a 100-change incremental sync, each timed as fetch+apply (the
 * whole sync into the hub) against fetch-only (the same Graph pages through the SDK) in the same run.
 */
@M365Test
class M365Bench {

	static final int USERS = Integer.getInteger("bench.users", 50_000);

	static final int CHANGES = Integer.getInteger("bench.changes", 100);

	@Autowired
	DirectorySync sync;

	@Autowired
	GraphDirectorySource source;

	@Autowired
	FakeGraph graph;

	@Autowired
	DatabaseClient database;

	final List<String> lines = new ArrayList<>();

	@Test
	void initialAndIncrementalSyncAgainstFetchOnly() throws IOException {
		EntraTenant.reset(this.graph, this.database);
		this.graph.reset().pageSize(999);
		List<FakeUser> users = generate(USERS);
		users.forEach(this.graph::put);
		say("users: %d (%d managers), Graph page size 999, %d changes in the incremental run", users.size(),
				users.stream().map(FakeUser::managerId).distinct().count() - 1, CHANGES);

		long warmUp = time(() -> this.source.fetch(null, (p) -> {
		}));
		say("warm-up fetch (not counted): %s", ms(warmUp));
		long[] fetchOnly = new long[1];
		UserDelta[] full = new UserDelta[1];
		fetchOnly[0] = time(() -> full[0] = this.source.fetch(null, (p) -> {
		}));
		SyncRun[] run = new SyncRun[1];
		long fetchApply = time(() -> run[0] = this.sync.run("schedule", null).block());
		assertThat(run[0].state()).isEqualTo("SUCCEEDED");
		say("initial:     fetch-only %s (%d pages), fetch+apply %s (%d changes applied), ratio %.2f",
				ms(fetchOnly[0]), full[0].pages(), ms(fetchApply), run[0].changesApplied(),
				(double) fetchApply / fetchOnly[0]);

		String link = this.database.sql("select delta_link from m365_sync_state")
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
		change(users);
		UserDelta[] delta = new UserDelta[1];
		long incrementalFetch = time(() -> delta[0] = this.source.fetch(link, (p) -> {
		}));
		long incrementalApply = time(() -> run[0] = this.sync.run("schedule", null).block());
		assertThat(run[0].state()).isEqualTo("SUCCEEDED");
		assertThat(run[0].fullSync()).isFalse();
		say("incremental: fetch-only %s (%d entries), fetch+apply %s (%d changes applied), ratio %.2f",
				ms(incrementalFetch), delta[0].changes().size() + delta[0].removed().size(), ms(incrementalApply),
				run[0].changesApplied(), (double) incrementalApply / incrementalFetch);
		Path out = Path.of(System.getProperty("bench.out", "target/bench-m365.txt"));
		Files.write(out, this.lines);
	}

	/** A city: a director, 14 administrations, 70 departments, 560 units and 3,360 work groups, then employees. */
	static List<FakeUser> generate(int total) {
		List<FakeUser> users = new ArrayList<>(total);
		users.add(FakeUser.of("m-0", "Direktör 0", "Stadsdirektör", "Staden", null));
		int[] fanOut = { 14, 5, 8, 6 };
		String[] titles = { "Förvaltningschef", "Avdelningschef", "Enhetschef", "Gruppchef" };
		List<String> level = List.of("m-0");
		for (int depth = 0; depth < fanOut.length && users.size() < total; depth++) {
			List<String> next = new ArrayList<>();
			for (String parent : level) {
				for (int i = 0; i < fanOut[depth] && users.size() < total; i++) {
					String id = "m-" + users.size();
					users.add(FakeUser.of(id, "Chef " + users.size(), titles[depth], "Enhet " + users.size(), parent));
					next.add(id);
				}
			}
			level = next;
		}
		for (int i = 0; users.size() < total; i++) {
			String manager = level.get(i % level.size());
			users.add(FakeUser.of("e-" + users.size(), "Medarbetare " + users.size(), "Handläggare", null, manager));
		}
		return users;
	}

	/** A third each: employees moved to another work group, new job titles, and employees who left. */
	private void change(List<FakeUser> users) {
		List<FakeUser> employees = users.stream().filter((user) -> user.id().startsWith("e-")).toList();
		for (int i = 0; i < CHANGES; i++) {
			FakeUser user = employees.get(i * 397 % employees.size());
			switch (i % 3) {
				case 0 -> this.graph.changeManager(user.id(), employees.get((i * 397 + 50) % employees.size())
					.managerId());
				case 1 -> this.graph.put(user.withTitle("Specialist"));
				default -> this.graph.remove(user.id());
			}
		}
	}

	private void say(String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		this.lines.add(line);
		System.out.println("BENCH m365: " + line);
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	private static String ms(long nanos) {
		return Duration.ofNanos(nanos).toMillis() + " ms";
	}
}
