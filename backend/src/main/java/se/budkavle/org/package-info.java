/**
 * The organisation: units in a tree, people, memberships and managers, and the directory import that keeps them current.
 */
package se.budkavle.org;
