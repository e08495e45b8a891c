// Progressive enhancement: check the draft against the guidelines while the doctor types.
// Without JavaScript, the "Check" button submits the same form and the page shows the verdict.
(function () {
  var form = document.getElementById("answer-form");
  if (!form || !window.fetch) { return; }
  var textarea = form.querySelector("textarea[name=text]");
  var target = document.getElementById("verdict");
  if (!textarea || !target) { return; }
  var timer = null;
  function check() {
    var body = new FormData(form);
    body.set("action", "check");
    // getAttribute: the buttons named "action" shadow the form's `action` property.
    fetch(form.getAttribute("action"), { method: "POST", body: body, headers: { "X-Live-Check": "1" }, credentials: "same-origin" })
      .then(function (r) { return r.ok || r.status === 422 ? r.text() : null; })
      .then(function (html) { if (html !== null) { target.innerHTML = html; } })
      .catch(function () { /* the explicit Check button still works */ });
  }
  textarea.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
})();
