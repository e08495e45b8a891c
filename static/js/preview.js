// The preview, with JavaScript: select words to hide them, click a bracketed or underlined word to
// switch it. Every action fills the same form fields the page offers without JavaScript.
(function () {
  var preview = document.querySelector("[data-preview]");
  var form = document.getElementById("words-form");
  if (!preview || !form) { return; }
  var hide = form.querySelector("textarea[name=hide]");
  var update = form.querySelector("button[value=update]");
  var button = document.querySelector("[data-hide-selection]");
  var help = document.querySelector("[data-selection-help]");
  if (button) { button.hidden = false; }
  if (help) { help.hidden = false; }
  var chosen = "";

  function selectedInPreview() {
    var sel = window.getSelection();
    if (sel && sel.rangeCount && preview.contains(sel.anchorNode)) {
      return sel.toString().replace(/\s+/g, " ").trim().slice(0, 120);
    }
    return "";
  }

  // Kept as it changes: on touch screens tapping the button may clear the selection first.
  document.addEventListener("selectionchange", function () {
    var now = selectedInPreview();
    if (now) { chosen = now; }
  });

  function submit() { if (update) { update.click(); } }

  if (button) {
    button.addEventListener("click", function () {
      var words = selectedInPreview() || chosen;
      if (!words || !hide) { return; }
      hide.value = hide.value.trim() ? hide.value.trim() + ", " + words : words;
      submit();
    });
  }

  preview.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark[data-word]") : null;
    if (!mark) { return; }
    var word = mark.getAttribute("data-word");
    var name = mark.classList.contains("possible") ? "hide_possible" : "restore";
    Array.prototype.forEach.call(form.querySelectorAll("input[name=" + name + "]"), function (box) {
      if (box.value === word) { box.checked = !box.checked; submit(); }
    });
  });
})();
