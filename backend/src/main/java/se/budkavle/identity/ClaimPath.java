package se.budkavle.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes claims by a dotted path such as {@code realm_access.roles}, as Keycloak nests its roles.
 */
final class ClaimPath {

	private ClaimPath() {
	}

	/**
	 * The strings at a path: a list claim as is, a single string as a one-element list, anything else empty.
	 */
	static List<String> strings(Map<String, Object> claims, String path) {
		Object value = get(claims, path);
		if (value instanceof Collection<?> values) {
			return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return (value instanceof String single) ? List.of(single) : List.of();
	}

	static Object get(Map<String, Object> claims, String path) {
		Object current = claims;
		for (String name : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(name);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static void put(Map<String, Object> claims, String path, Object value) {
		String[] names = path.split("\\.");
		Map<String, Object> current = claims;
		for (int i = 0; i < names.length - 1; i++) {
			current = (Map<String, Object>) current.compute(names[i],
					(name, existing) -> (existing instanceof Map) ? existing : new LinkedHashMap<String, Object>());
		}
		current.put(names[names.length - 1], value);
	}
}
