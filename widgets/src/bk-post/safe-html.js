/**
 * Turns HTML the hub rendered (and sanitised already) into a DOM fragment that cannot run script even if the hub
 * got it wrong: the string is parsed inert in a `<template>`, then only an allowlist of elements and attributes is
 * kept and links may only point to http(s), mailto, tel or relative addresses.
 */

const ALLOWED = new Set(['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'u', 's', 'del',
	'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a',
	'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'span', 'div']);

/** Removed with everything inside them; other unknown elements are replaced by their content. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
	'applet', 'svg', 'math', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
	'video', 'audio', 'source', 'track', 'canvas', 'title', 'head']);

const ATTRIBUTES = {
	'*': ['title', 'lang', 'dir'],
	a: ['href'],
	img: ['src', 'alt', 'width', 'height'],
	ol: ['start'],
	th: ['colspan', 'rowspan', 'scope'],
	td: ['colspan', 'rowspan'],
	abbr: ['title'],
};

const SAFE_URL = /^(?:https?:|mailto:|tel:|[^:]*$|[^:]*[/?#])/i;

/** True for an address that cannot run script: http(s), mailto, tel, or relative. */
export function isSafeUrl(value, { images = false } = {}) {
	// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so compare without them.
	const compact = String(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	if (!SAFE_URL.test(compact)) return false;
	return !images || !/^(?:mailto|tel):/i.test(compact);
}

function cleanAttributes(element) {
	const name = element.localName;
	const allowed = new Set([...ATTRIBUTES['*'], ...(ATTRIBUTES[name] ?? [])]);
	for (const attribute of [...element.attributes]) {
		const keep = allowed.has(attribute.name)
			&& (!['href', 'src'].includes(attribute.name) || isSafeUrl(attribute.value, { images: name === 'img' }));
		if (!keep) element.removeAttribute(attribute.name);
	}
	if (name === 'a' && element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer');
}

function clean(parent) {
	for (const node of [...parent.childNodes]) {
		if (node.nodeType === Node.ELEMENT_NODE) {
			const name = node.localName;
			if (DROPPED.has(name) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
				node.remove();
				continue;
			}
			clean(node);
			if (ALLOWED.has(name)) cleanAttributes(node);
			else node.replaceWith(...node.childNodes);
		} else if (node.nodeType !== Node.TEXT_NODE) {
			node.remove();
		}
	}
}

/** A fragment of `document` holding only the safe part of `html`. */
export function safeFragment(html, document = globalThis.document) {
	const template = document.createElement('template');
	template.innerHTML = String(html ?? '');
	clean(template.content);
	return document.importNode(template.content, true);
}
