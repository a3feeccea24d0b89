// Redoc's example pickers are <select>s without a name; give each one, so screen readers say what it picks.
const label = () => {
	for (const select of document.querySelectorAll('select:not([aria-label]):not([aria-labelledby])')) {
		select.setAttribute('aria-label', 'Example');
	}
};
new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
label();
