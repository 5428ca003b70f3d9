// Copy buttons: a button with data-copy="ID" copies the text of the element with that id. The buttons are hidden in the
// HTML and shown here, so without script the text is simply selectable. The result is announced in a live region.
(function () {
  var buttons = document.querySelectorAll("button[data-copy]");
  if (buttons.length === 0) {
    return;
  }
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = document.execCommand("copy");
    document.body.removeChild(area);
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    return navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); })
      : fallbackCopy(text);
  }

  buttons.forEach(function (button) {
    var source = document.getElementById(button.dataset.copy);
    if (!source) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(source.textContent.trim()).then(function () {
        button.textContent = "Copied";
        status.textContent = label.replace(/^Copy /, "") + " copied to the clipboard";
      }, function () {
        button.textContent = "Select and copy the text";
        status.textContent = "The browser did not allow copying; select the text instead";
      });
      window.setTimeout(function () { button.textContent = label; }, 2500);
    });
  });
})();
