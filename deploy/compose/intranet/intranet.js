// What the intranet adds itself: a post chosen in the feed opens below it, with its comments.
document.addEventListener('bk-open-post', (event) => {
	const id = event.detail?.id;
	if (!id) {
		return;
	}
	document.getElementById('post').setAttribute('post', id);
	document.getElementById('comments').setAttribute('post', id);
	document.getElementById('post-section').hidden = false;
	document.getElementById('post-heading').focus();
});
