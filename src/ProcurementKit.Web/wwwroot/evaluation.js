// Evaluation page: tells the user before sending when files exceed the limits the server enforces anyway.
(function () {
    "use strict";
    var form = document.getElementById("evaluation-form");
    if (!form) { return; }
    var message = document.getElementById("size-problem");
    var maxFile = Number(form.dataset.maxFile);
    var maxTotal = Number(form.dataset.maxTotal);
    var maxCount = Number(form.dataset.maxCount);
    var german = document.documentElement.lang !== "en";
    function mb(bytes) { return (bytes / 1048576).toFixed(1) + " MB"; }
    function check() {
        var total = 0, problems = [], responses = 0;
        form.querySelectorAll("input[type=file]").forEach(function (input) {
            Array.prototype.forEach.call(input.files, function (file) {
                total += file.size;
                if (input.name === "responses") { responses++; }
                if (file.size > maxFile) {
                    problems.push(file.name + ": " + mb(file.size) + (german ? " – höchstens " : " – at most ") + mb(maxFile));
                }
            });
        });
        if (total > maxTotal) {
            problems.push((german ? "Alle Dateien zusammen: " : "All files together: ") + mb(total) + (german ? " – höchstens " : " – at most ") + mb(maxTotal));
        }
        if (responses > maxCount) {
            problems.push(responses + (german ? " Formulare – höchstens " : " forms – at most ") + maxCount);
        }
        message.textContent = problems.join("\n");
        message.hidden = problems.length === 0;
        return problems.length === 0;
    }
    form.addEventListener("change", check);
    form.addEventListener("submit", function (event) { if (!check()) { event.preventDefault(); } });
    var drop = document.getElementById("response-files");
    ["dragenter", "dragover"].forEach(function (name) { drop.addEventListener(name, function () { drop.classList.add("over"); }); });
    ["dragleave", "drop"].forEach(function (name) { drop.addEventListener(name, function () { drop.classList.remove("over"); }); });
}());
