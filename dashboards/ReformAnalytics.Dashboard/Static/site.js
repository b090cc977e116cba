// 改革任务台账看板: the little script the pages use (filters submit on change; SQL console helpers).
(function () {
  "use strict";
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });

  var sql = document.getElementById("sql");
  if (!sql) { return; }
  var form = sql.form;
  var running = document.getElementById("running");
  form.addEventListener("submit", function () { if (running) { running.classList.add("on"); } });
  sql.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); form.requestSubmit(); }
  });
  var examples = document.getElementById("example");
  if (examples) {
    examples.addEventListener("change", function () {
      var option = examples.options[examples.selectedIndex];
      var text = option && option.getAttribute("data-sql");
      if (text) { sql.value = text; sql.focus(); }
    });
  }
  document.querySelectorAll(".schema code[data-insert]").forEach(function (code) {
    code.addEventListener("click", function () {
      var text = code.getAttribute("data-insert");
      var start = sql.selectionStart, end = sql.selectionEnd;
      sql.value = sql.value.slice(0, start) + text + sql.value.slice(end);
      sql.selectionStart = sql.selectionEnd = start + text.length;
      sql.focus();
    });
  });
})();
