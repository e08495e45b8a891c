// "Is it urgent?" while the person types: after a short pause, the text (and the safety screen's
// ticks) go to /api/urgent-check/, which stores nothing; emergency numbers appear as tap-to-call links.
// Without JavaScript the form's own "Check now" button does the same through the server.
(function () {
  if (!window.fetch || !window.JSON) { return; }
  var forms = document.querySelectorAll("form[data-urgent-check]");
  Array.prototype.forEach.call(forms, function (form) {
    var text = form.querySelector("textarea[name=text]");
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    var target = form.querySelector("[data-urgent-result]") || document.querySelector("[data-urgent-result]");
    var url = form.getAttribute("data-urgent-url") || "/api/urgent-check/";
    if (!text || !target) { return; }
    var timer = null;
    var last = "";
    var shown = "";

    function value(name) {
      var field = form.querySelector("[name=" + name + "]");
      return field ? field.value : "";
    }

    function answers() {
      var out = {};
      Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox][name^=screen_]"), function (box) {
        out[box.name.slice(7)] = box.checked;
      });
      return out;
    }

    function render(data) {
      // The live region speaks on every change: only touch it when the outcome itself changed.
      var outcome = JSON.stringify([data.guidance, data.safety_net]);
      if (outcome === shown) { return; }
      shown = outcome;
      target.textContent = "";
      if (!data.guidance) {
        (data.safety_net || []).forEach(function (line) {
          var note = document.createElement("p");
          note.className = "notice safety-net";
          note.textContent = line;
          target.appendChild(note);
        });
        return;
      }
      var g = data.guidance;
      var box = document.createElement("section");
      box.className = "emergency";
      box.id = "emergency-guidance";
      var h = document.createElement("h2");
      h.textContent = g.headline;
      var p = document.createElement("p");
      p.textContent = g.message;
      var list = document.createElement("ul");
      list.className = "numbers";
      g.numbers.forEach(function (n) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.className = "call";
        a.href = "tel:" + n.number.replace(/[^\d+]/g, "");
        var num = document.createElement("span");
        num.className = "number";
        num.textContent = n.number;
        a.appendChild(num);
        li.appendChild(a);
        li.appendChild(document.createTextNode(" — " + n.label));
        list.appendChild(li);
      });
      box.appendChild(h);
      box.appendChild(p);
      box.appendChild(list);
      target.appendChild(box);
    }

    function check() {
      var body = { text: text.value, lang: value("lang"), country: value("country"), safety_answers: answers() };
      var key = JSON.stringify(body);
      if (key === last || (text.value.trim().length < 3 && !Object.values(body.safety_answers).some(Boolean))) { return; }
      last = key;
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": token ? token.value : "" },
        body: key
      })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data) { render(data); } })
        .catch(function () { /* the "Check now" button still works */ });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(check, 500);
    }
    text.addEventListener("input", later);
    form.addEventListener("change", later);
  });
})();
