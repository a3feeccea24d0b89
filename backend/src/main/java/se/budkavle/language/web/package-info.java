/**
 * The plain-language HTTP API: the readability check the editor calls while a manager writes.
 */
package se.budkavle.language.web;
