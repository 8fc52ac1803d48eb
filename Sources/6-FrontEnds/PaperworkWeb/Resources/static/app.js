// Paperwork: the only script. Live progress of document generation over server-sent events; every
// page works without it (the progress page then refreshes itself).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("progress");
  if (!box || !window.EventSource) return;
  var text = document.getElementById("progress-text");
  var bar = document.getElementById("progress-bar");
  var source = new EventSource(box.getAttribute("data-events"));
  source.onmessage = function (event) {
    var state = JSON.parse(event.data);
    text.textContent = state.text;
    if (state.total > 0) { bar.max = state.total; bar.value = state.done; }
    if (state.status !== "running") { source.close(); window.location.reload(); }
  };
  source.onerror = function () { source.close(); setTimeout(function () { window.location.reload(); }, 3000); };
});
