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
  // A formula inside a word ("(Λ-DARTS)") is kept on one line with the letters around it: wrap the formula and the
  // text that touches it, up to the next space, in a span that does not break.
  function keepWithWord(formula) {
    var before = formula.previousSibling;
    var after = formula.nextSibling;
    var head = before && before.nodeType === 3 ? /\S*$/.exec(before.data)[0] : "";
    var tail = after && after.nodeType === 3 ? /^\S*/.exec(after.data)[0] : "";
    if (head === "" && tail === "") {
      return;
    }
    var word = document.createElement("span");
    word.className = "tex-word";
    formula.parentNode.insertBefore(word, formula);
    if (head !== "") {
      before.data = before.data.slice(0, before.data.length - head.length);
      word.appendChild(document.createTextNode(head));
    }
    word.appendChild(formula);
    if (tail !== "") {
      after.data = after.data.slice(tail.length);
      word.appendChild(document.createTextNode(tail));
    }
  }
  document.querySelectorAll(".tex").forEach(function (element) {
    window.renderMathInElement(element, options);
    element.querySelectorAll(".katex").forEach(keepWithWord);
  });
})();
