/**
 * The identity module's HTTP API: who the signed-in person is.
 */
package se.budkavle.identity.web;
