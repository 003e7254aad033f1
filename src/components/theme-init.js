// Inlined by ThemeScript.astro; astro.config.mjs adds this file's SHA-256 to the CSP's script-src.
(function () {
	try {
		var t = localStorage.getItem('theme');
		if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
	} catch (e) {}
})();
