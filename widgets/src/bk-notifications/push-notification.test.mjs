import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { notificationOf, openUrl, parsePayload, settingsOf } from './push-notification.js';
import { keyBytes, madeWithKey, workerUrl } from './web-push.js';

const HUB = 'https://budkavle.stad.se';
const HOME = 'https://intranat.stad.se/start?flik=1';
const settings = settingsOf(`https://intranat.stad.se/bk-push-sw.js?hub=${encodeURIComponent(HUB)}&home=${encodeURIComponent(HOME)}`,
	'https://intranat.stad.se/');

/** The payload the hub's web-push channel sends (WebPushChannel.payload). */
const crisis = {
	id: '6f1c0000-0000-4000-8000-000000000001',
	urgency: 'high',
	kind: 'crisis.sent',
	title: 'ÖVNING: Strömavbrott i Hägersten',
	body: 'Gå till samlingsplatsen vid entrén.',
	link: null,
};

describe('the push service worker shows', () => {
	test('a crisis message with its title, ÖVNING included, its text, under its id, kept on screen', () => {
		const { title, options } = notificationOf(parsePayload(JSON.stringify(crisis)), settings);
		assert.equal(title, 'ÖVNING: Strömavbrott i Hägersten');
		assert.deepEqual(options, {
			body: 'Gå till samlingsplatsen vid entrén.',
			data: { url: HOME, kind: 'crisis.sent' },
			requireInteraction: true,
			tag: crisis.id,
			renotify: true,
		});
	});

	test('any other message without holding the screen, opening its hub link on the hub', () => {
		const { title, options } = notificationOf({ ...crisis, urgency: 'normal', kind: 'post.announced', title: 'Ny nyhet',
			link: '/posts/42' }, settings);
		assert.equal(title, 'Ny nyhet');
		assert.equal(options.requireInteraction, false);
		assert.equal(options.renotify, false);
		assert.equal(options.data.url, `${HUB}/posts/42`);
	});

	test('only http(s) links; anything else opens the page that turned notifications on', () => {
		assert.equal(openUrl('https://intranat.stad.se/nyheter/1', settings), 'https://intranat.stad.se/nyheter/1');
		assert.equal(openUrl('javascript:alert(1)', settings), HOME);
		assert.equal(openUrl('//evil.example/x', settings), HOME);
		assert.equal(openUrl(undefined, settings), HOME);
	});

	test('something readable for a message that is not the hub\'s JSON, and no tag without an id', () => {
		assert.deepEqual(parsePayload('Hej'), { body: 'Hej' });
		assert.deepEqual(parsePayload(''), {});
		const { title, options } = notificationOf(parsePayload('Hej'), settings);
		assert.equal(title, 'intranat.stad.se');
		assert.equal(options.body, 'Hej');
		assert.ok(!('tag' in options) && !('renotify' in options), 'renotify without a tag is a TypeError');
	});

	test('the hub and the page from its own address, else its scope\'s origin', () => {
		assert.deepEqual(settings, { hub: HUB, home: HOME });
		assert.deepEqual(settingsOf('https://budkavle.stad.se/widgets/bk-push-sw.js?hub=javascript:x', 'https://budkavle.stad.se/widgets/'),
			{ hub: 'https://budkavle.stad.se', home: 'https://budkavle.stad.se/' });
	});
});

describe('bk-notifications registers the worker', () => {
	test('from the hub beside the bundle when the page is on the hub\'s origin, telling it the hub and the page', () => {
		const url = new URL(workerUrl({ hub: '', page: 'https://budkavle.stad.se/demo/#nyheter' }));
		assert.equal(`${url.origin}${url.pathname}`, 'https://budkavle.stad.se/widgets/bk-push-sw.js');
		assert.equal(url.searchParams.get('hub'), 'https://budkavle.stad.se');
		assert.equal(url.searchParams.get('home'), 'https://budkavle.stad.se/demo/');
	});

	test('from the intranet\'s own copy on another origin, and not at all without one (browsers forbid it)', () => {
		assert.equal(workerUrl({ hub: HUB, page: HOME }), undefined);
		const url = new URL(workerUrl({ configured: '/bk-push-sw.js', hub: `${HUB}/`, page: HOME }));
		assert.equal(`${url.origin}${url.pathname}`, 'https://intranat.stad.se/bk-push-sw.js');
		assert.equal(url.searchParams.get('hub'), HUB);
		assert.equal(workerUrl({ configured: `${HUB}/widgets/bk-push-sw.js`, hub: HUB, page: HOME }), undefined);
	});

	test('and subscribes with the hub\'s key as bytes, knowing a subscription made with another key', () => {
		const key = 'BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8';
		const bytes = keyBytes(key);
		assert.equal(bytes.length, 65);
		assert.equal(bytes[0], 4);
		assert.ok(madeWithKey({ options: { applicationServerKey: bytes.buffer } }, key));
		assert.ok(!madeWithKey({ options: { applicationServerKey: new Uint8Array(65).buffer } }, key));
		assert.ok(!madeWithKey({ options: {} }, key));
	});
});
