package se.budkavle.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Kubernetes manifests as rendered by {@code helm template}, parsed into plain maps and lists, with small lookups
 * by kind and by path.
 */
record Manifests(List<Map<String, Object>> documents) {

	static Manifests parse(String rendered) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new LoaderOptions()).loadAll(rendered)) {
			if (document instanceof Map<?, ?> map) {
				documents.add(cast(map));
			}
		}
		return new Manifests(documents);
	}

	List<Map<String, Object>> ofKind(String kind) {
		return this.documents.stream().filter((document) -> kind.equals(document.get("kind"))).toList();
	}

	Map<String, Object> one(String kind) {
		List<Map<String, Object>> found = ofKind(kind);
		if (found.size() != 1) {
			throw new AssertionError("expected one " + kind + ", found " + found.size());
		}
		return found.get(0);
	}

	/** The value at a dotted path of maps; a number in the path indexes a list. Null when absent. */
	static Object at(Object node, String path) {
		Object current = node;
		for (String step : path.split("\\.")) {
			if (current instanceof Map<?, ?> map) {
				current = map.get(step);
			}
			else if (current instanceof List<?> list && step.chars().allMatch(Character::isDigit)) {
				int index = Integer.parseInt(step);
				current = index < list.size() ? list.get(index) : null;
			}
			else {
				return null;
			}
		}
		return current;
	}

	static Map<String, Object> map(Object node, String path) {
		return cast((Map<?, ?>) Objects.requireNonNull(at(node, path), path));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object node, String path) {
		Object value = at(node, path);
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}
}
