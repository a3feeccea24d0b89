package se.budkavle.reach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The unit tree as it is now, held in memory for one report: figures counted per unit roll up to every ancestor.
 */
final class UnitTree {

	private final Map<UUID, Node> nodes = new HashMap<>();

	private final Map<UUID, List<Node>> children = new HashMap<>();

	UnitTree(Collection<Node> units) {
		for (Node node : units) {
			this.nodes.put(node.id(), node);
		}
		for (Node node : units) {
			if (node.parentId() != null) {
				this.children.computeIfAbsent(node.parentId(), (parent) -> new ArrayList<>()).add(node);
			}
		}
	}

	Node node(UUID id) {
		return this.nodes.get(id);
	}

	List<Node> children(UUID id) {
		return this.children.getOrDefault(id, List.of());
	}

	/** The units at the top of the tree (no parent, or a parent that is not in it). */
	List<Node> tops() {
		return this.nodes.values()
			.stream()
			.filter((node) -> node.parentId() == null || !this.nodes.containsKey(node.parentId()))
			.toList();
	}

	/**
	 * The unit and every unit below it.
	 * @param id the unit
	 * @return the units of its subtree, the unit first
	 */
	List<UUID> subtree(UUID id) {
		List<UUID> units = new ArrayList<>();
		units.add(id);
		for (int i = 0; i < units.size(); i++) {
			children(units.get(i)).forEach((child) -> units.add(child.id()));
		}
		return units;
	}

	/**
	 * The units from the top of the tree down to the given one, both included.
	 * @param id the unit
	 * @return the path, top first
	 */
	List<Node> path(UUID id) {
		LinkedList<Node> path = new LinkedList<>();
		for (Node node = this.nodes.get(id); node != null; node = this.nodes.get(node.parentId())) {
			path.addFirst(node);
			if (node.parentId() == null) {
				break;
			}
		}
		return path;
	}

	/**
	 * Adds up per-unit figures over every subtree.
	 * @param direct the figures of the people counted at each unit itself
	 * @return the figures of each unit's whole subtree
	 */
	Map<UUID, Counts> rollUp(Map<UUID, Counts> direct) {
		Map<UUID, Counts> subtree = new HashMap<>();
		direct.forEach((unitId, counts) -> {
			for (Node node = this.nodes.get(unitId); node != null; node = this.nodes.get(node.parentId())) {
				subtree.merge(node.id(), counts, Counts::plus);
				if (node.parentId() == null) {
					break;
				}
			}
		});
		return subtree;
	}

	/** A unit: its id, its parent's (null at the top) and its name. */
	record Node(UUID id, UUID parentId, String name) {
	}
}
