// Typesets the TeX in titles and abstracts ($\Lambda$, $\sim$) with KaTeX, served from the app itself.
// Without JavaScript the TeX source stays readable as text.
(function () {
  if (typeof window.renderMathInElement !== "function") {
    return;
  }
  var options = {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "$", right: "$", display: false },
      { left: "\\(", right: "\\)", display: false }
    ],
    throwOnError: false,
    ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code", "option"]
  };
  document.querySelectorAll(".tex").forEach(function (element) {
    window.renderMathInElement(element, options);
  });
})();
