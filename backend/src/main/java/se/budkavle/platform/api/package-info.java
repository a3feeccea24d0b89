/**
 * The published API contract: the OpenAPI document's shared parts (problem responses derived from each module's
 * problem handlers, tags per module, pagination parameters, licence and server) and the annotation handlers use
 * when a problem's type cannot be read from the handler itself.
 */
package se.budkavle.platform.api;
