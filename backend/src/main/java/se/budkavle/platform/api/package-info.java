/**
 * The published API contract: the OpenAPI document's shared parts (problem responses read from each module's
 * problem table, tags per module, pagination parameters, licence and server) and the annotation the global fallback
 * declares its answers with.
 */
package se.budkavle.platform.api;
