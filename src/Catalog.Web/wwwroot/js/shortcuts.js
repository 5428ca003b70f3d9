// Keyboard shortcuts, never while typing in a field: "/" focuses the search box, j and k move through the papers of a
// list (results first), Enter opens the focused one (a link does that itself), "?" lists the shortcuts. README.md lists
// them too.
(function () {
  var shortcuts = [
    ["/", "Focus the search box"],
    ["j", "Next paper in the list"],
    ["k", "Previous paper in the list"],
    ["Enter", "Open the focused paper"],
    ["?", "Show or hide these shortcuts"],
    ["Esc", "Close this list"]
  ];
  var dialog = null;

  function isTyping(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function searchBox() {
    // The page's own search box (results, home, not found) before the header's compact one.
    return document.querySelector("main input[type=search]") || document.querySelector("input[type=search]");
  }

  function paperLinks() {
    // The results when there are results; otherwise every paper listed in the page (an author's, by year).
    var links = document.querySelectorAll("ol.hits > li .paper-title a");
    if (links.length === 0) {
      links = document.querySelectorAll("main .paper-list > li .paper-title a");
    }
    return Array.prototype.slice.call(links);
  }

  function move(step) {
    var links = paperLinks();
    if (links.length === 0) {
      return false;
    }
    var current = links.indexOf(document.activeElement);
    var next = current === -1 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, current + step));
    links.forEach(function (link) { link.closest("li").classList.remove("is-current"); });
    links[next].closest("li").classList.add("is-current");
    links[next].focus();
    links[next].scrollIntoView({ block: "nearest" });
    return true;
  }

  function toggleHelp() {
    if (!dialog) {
      dialog = document.createElement("dialog");
      dialog.className = "shortcuts";
      dialog.setAttribute("aria-labelledby", "shortcuts-heading");
      var heading = document.createElement("h2");
      heading.id = "shortcuts-heading";
      heading.textContent = "Keyboard shortcuts";
      var list = document.createElement("dl");
      shortcuts.forEach(function (shortcut) {
        var key = document.createElement("dt");
        var kbd = document.createElement("kbd");
        kbd.textContent = shortcut[0];
        key.appendChild(kbd);
        var what = document.createElement("dd");
        what.textContent = shortcut[1];
        list.appendChild(key);
        list.appendChild(what);
      });
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "Close";
      close.addEventListener("click", function () { dialog.close(); });
      dialog.appendChild(heading);
      dialog.appendChild(list);
      dialog.appendChild(close);
      document.body.appendChild(dialog);
    }
    if (dialog.open) {
      dialog.close();
    } else {
      dialog.showModal();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
      return;
    }
    var handled = false;
    if (event.key === "/") {
      var box = searchBox();
      if (box) {
        box.focus();
        box.select();
        handled = true;
      }
    } else if (event.key === "j" || event.key === "k") {
      handled = (!dialog || !dialog.open) && move(event.key === "j" ? 1 : -1);
    } else if (event.key === "?") {
      toggleHelp();
      handled = true;
    }
    if (handled) {
      event.preventDefault();
    }
  });
})();
