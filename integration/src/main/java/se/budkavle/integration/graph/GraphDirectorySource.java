package se.budkavle.integration.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.microsoft.graph.models.User;
import com.microsoft.graph.users.delta.DeltaGetResponse;
import com.microsoft.graph.users.delta.DeltaRequestBuilder;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.serialization.UntypedArray;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import com.microsoft.kiota.serialization.UntypedString;

/**
 * Reads Entra ID users through the Graph users delta query ({@code GET /users/delta}): every page from
 * {@code @odata.nextLink} to {@code @odata.deltaLink}, with the manager relationship ({@code manager@delta}) and
 * {@code @removed} entries; a 410 Gone on a stored delta link starts over with a full sync. Calls block; run them
 * off any event loop.
 */
public final class GraphDirectorySource {

	/** The user properties read; {@code manager} makes delta report manager changes as {@code manager@delta}. */
	static final List<String> PROPERTIES = List.of("id", "displayName", "mail", "userPrincipalName", "jobTitle",
			"department", "officeLocation", "employeeId", "accountEnabled", "manager", "mobilePhone", "businessPhones");

	private final GraphConnection connection;

	private final String pathAttribute;

	/**
	 * @param connection the Graph connection
	 * @param pathAttribute the user attribute holding a department path (such as {@code department}, or an
	 * extension attribute), read into {@link EntraUser#path()}
	 */
	public GraphDirectorySource(GraphConnection connection, String pathAttribute) {
		this.connection = connection;
		this.pathAttribute = pathAttribute;
	}

	/**
	 * Fetches the changes since a delta link, or every user, into one delta.
	 * @param deltaLink the delta link of the last run, or {@code null} for a full sync
	 * @param progress told after every page
	 * @return the changes and the next delta link
	 * @throws GraphUnavailable when Graph cannot be reached or fails (after the SDK's retries)
	 */
	public UserDelta fetch(String deltaLink, Consumer<FetchProgress> progress) {
		UserDelta[] delta = new UserDelta[1];
		stream(deltaLink, (page) -> {
			delta[0] = (delta[0] != null) ? delta[0].then(page.entries()) : page.entries();
			progress.accept(page.progress());
		});
		return delta[0];
	}

	/**
	 * Fetches the changes since a delta link, or every user, handing over each page as it arrives: the next page is
	 * requested once the consumer returns, so that it can pass the page on while the fetch goes on.
	 * @param deltaLink the delta link of the last run, or {@code null} for a full sync
	 * @param pages told each page in order; after a 410 Gone the pages start over at number 1, as a full sync
	 * @throws GraphUnavailable when Graph cannot be reached or fails (after the SDK's retries)
	 */
	public void stream(String deltaLink, Consumer<DeltaPage> pages) {
		try {
			fetchPages(deltaLink, false, pages);
		}
		catch (ApiException ex) {
			if (ex.getResponseStatusCode() == 410 && deltaLink != null) {
				// The delta link expired or the directory was restored: Graph asks for a full resync.
				fetchPages(null, true, pages);
				return;
			}
			throw unavailable(ex);
		}
	}

	private void fetchPages(String deltaLink, boolean restarted, Consumer<DeltaPage> pages) {
		int count = 0;
		int users = 0;
		DeltaGetResponse page = call(() -> first(deltaLink));
		while (true) {
			count++;
			List<UserChange> changes = new ArrayList<>();
			Set<String> removed = new LinkedHashSet<>();
			read(page, changes, removed);
			users += changes.size() + removed.size();
			String next = page.getOdataNextLink();
			if (next == null && page.getOdataDeltaLink() == null) {
				throw new GraphUnavailable("Graph ended the delta without a delta link", 0, null);
			}
			String link = (next == null) ? page.getOdataDeltaLink() : null;
			pages.accept(new DeltaPage(new UserDelta(deltaLink == null, changes, removed, link, count),
					new FetchProgress(count, users, restarted)));
			if (next == null) {
				return;
			}
			page = call(() -> builder().withUrl(next).get());
		}
	}

	private DeltaGetResponse first(String deltaLink) {
		if (deltaLink != null) {
			return builder().withUrl(deltaLink).get();
		}
		List<String> select = new ArrayList<>(PROPERTIES);
		if (!select.contains(this.pathAttribute)) {
			select.add(this.pathAttribute);
		}
		return builder().get((config) -> config.queryParameters.select = select.toArray(String[]::new));
	}

	private DeltaRequestBuilder builder() {
		return this.connection.client().users().delta();
	}

	private void read(DeltaGetResponse page, List<UserChange> changes, Set<String> removed) {
		if (page.getValue() == null) {
			return;
		}
		for (User user : page.getValue()) {
			Map<String, Object> extra = user.getAdditionalData();
			if (extra.containsKey("@removed")) {
				removed.add(user.getId());
				continue;
			}
			removed.remove(user.getId());
			boolean managerChanged = extra.containsKey("manager@delta");
			String manager = managerChanged ? manager(extra.get("manager@delta")) : null;
			boolean properties = user.getDisplayName() != null || user.getUserPrincipalName() != null;
			changes.add(new UserChange(new EntraUser(user.getId(), user.getDisplayName(), user.getMail(),
					user.getUserPrincipalName(), user.getJobTitle(), user.getDepartment(), user.getOfficeLocation(),
					user.getEmployeeId(), user.getAccountEnabled(), manager, path(user), phone(user)), properties,
					managerChanged));
		}
	}

	// manager@delta is a list of directory objects; one marked @removed means the manager was taken away.
	private static String manager(Object managerDelta) {
		if (!(managerDelta instanceof UntypedArray array)) {
			return null;
		}
		String manager = null;
		for (UntypedNode node : array.getValue()) {
			if (node instanceof UntypedObject object) {
				Map<String, UntypedNode> fields = object.getValue();
				if (!fields.containsKey("@removed") && fields.get("id") instanceof UntypedString id) {
					manager = id.getValue();
				}
			}
		}
		return manager;
	}

	// The mobile first: a crisis message by SMS reaches people away from their desks.
	private static String phone(User user) {
		if (user.getMobilePhone() != null && !user.getMobilePhone().isBlank()) {
			return user.getMobilePhone();
		}
		List<String> business = user.getBusinessPhones();
		return (business != null) ? business.stream().filter((number) -> number != null && !number.isBlank())
			.findFirst().orElse(null) : null;
	}

	private String path(User user) {
		return switch (this.pathAttribute) {
			case "department" -> user.getDepartment();
			case "officeLocation" -> user.getOfficeLocation();
			case "jobTitle" -> user.getJobTitle();
			default -> (user.getAdditionalData().get(this.pathAttribute) instanceof String value) ? value : null;
		};
	}

	static <T> T call(java.util.function.Supplier<T> request) {
		try {
			return request.get();
		}
		catch (ApiException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new GraphUnavailable("Graph could not be reached: " + ex.getMessage(), 0, ex);
		}
	}

	static GraphUnavailable unavailable(ApiException ex) {
		return new GraphUnavailable("Graph answered " + ex.getResponseStatusCode() + ": " + ex.getMessage(),
				ex.getResponseStatusCode(), ex);
	}
}
