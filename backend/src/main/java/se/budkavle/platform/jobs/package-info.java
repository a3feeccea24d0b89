/**
 * Shared clock and work that runs once across instances.
 */
package se.budkavle.platform.jobs;
