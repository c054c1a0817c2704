/*
 * Saves the reflection draft every few seconds while the trainee is typing, not only when they
 * pause or leave the box, so a closed tab or a lost connection costs at most a few seconds.
 * Without this script the draft is still saved when the box loses focus and on handing in.
 */
(function () {
    "use strict";
    if (!document.getElementById("writing:text")) {
        return;
    }
    var changed = false;
    // Listening on the document keeps working when an ajax update replaces the text box.
    document.addEventListener("input", function (event) {
        if (event.target.id === "writing:text") {
            changed = true;
        }
    });
    window.setInterval(function () {
        // PrimeFaces defines the save command when the page is ready, after this script has run.
        if (changed && typeof window.saveReflectionDraft === "function") {
            changed = false;
            window.saveReflectionDraft();
        }
    }, 4000);
})();
