/*
 * "An expired view never throws away what was typed", for the long forms (class "keeps-typed":
 * reflection, supervision notes, directory profile, grading). What is typed into such a form is
 * kept in this tab's sessionStorage as it is typed and when it is sent. When the server answers
 * a send with its "This page timed out" page, that page offers the way back to the form, and the
 * fresh form gets the typed values again, with a note to check and send them. A form opened
 * normally drops what was kept (the server's values win). Signing out removes everything kept,
 * here and the reflection's words kept in localStorage (shared computers).
 */
(function () {
    "use strict";
    var PREFIX = "alongside.typed:", DRAFTS = "alongside.draft.", RECENT = 30 * 60 * 1000;

    function settings() { return document.getElementById("typedSettings"); }
    function keyOf(form) { return PREFIX + location.pathname + location.search + "#" + form.id; }
    function fields(form) {
        return Array.prototype.filter.call(form.elements, function (field) {
            return field.name && (field.tagName === "TEXTAREA"
                || (field.tagName === "INPUT" && /^(text|email|url|tel|number|search)$/.test(field.type)));
        });
    }
    function read(key) {
        try { return JSON.parse(sessionStorage.getItem(key) || "null"); } catch (bad) { return null; }
    }
    function write(key, entry) {
        try { sessionStorage.setItem(key, JSON.stringify(entry)); } catch (full) { /* storage off: nothing more to do */ }
    }

    function keep(form, sent) {
        var values = {};
        fields(form).forEach(function (field) { values[field.name] = field.value; });
        var before = read(keyOf(form)) || {};
        write(keyOf(form), { url: location.href, values: values, sentAt: sent ? Date.now() : before.sentAt || 0 });
    }

    function keptForm(target) {
        var form = target && target.closest ? target.closest("form.keeps-typed") : null;
        return form && form.id ? form : null;
    }

    function forgetAll() {
        // Read by reflection.js: words kept on leaving the page must not outlive a sign-out.
        window.alongsideSigningOut = true;
        [sessionStorage, localStorage].forEach(function (storage) {
            try {
                Object.keys(storage).filter(function (key) { return key.indexOf(PREFIX) === 0 || key.indexOf(DRAFTS) === 0; })
                    .forEach(function (key) { storage.removeItem(key); });
            } catch (off) { /* nothing kept */ }
        });
    }

    document.addEventListener("input", function (event) {
        var form = keptForm(event.target);
        if (form) { keep(form, false); }
    }, true);
    // PrimeFaces' Ajax buttons send without a submit event: a click (or Enter) on a button counts as sending.
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("button, input[type=submit]") : null;
        if (button && button.closest("#signOutForm, #everywhere")) {
            forgetAll();
            return;
        }
        var form = keptForm(button);
        if (form) { keep(form, true); }
    }, true);
    document.addEventListener("submit", function (event) {
        var form = keptForm(event.target);
        if (form) { keep(form, true); }
    }, true);

    function onExpiredPage(back) {
        // The forms sent shortly before: their typed values go back into the fresh page.
        Object.keys(sessionStorage).filter(function (key) { return key.indexOf(PREFIX) === 0; }).forEach(function (key) {
            var entry = read(key);
            if (entry && entry.sentAt && Date.now() - entry.sentAt < RECENT) {
                entry.restore = true;
                write(key, entry);
                back.href = entry.url;
                back.hidden = false;
            }
        });
    }

    function onFormPage() {
        Array.prototype.forEach.call(document.querySelectorAll("form.keeps-typed[id]"), function (form) {
            var key = keyOf(form), entry = read(key);
            if (!entry || !entry.restore) {
                sessionStorage.removeItem(key);
                return;
            }
            fields(form).forEach(function (field) {
                if (Object.prototype.hasOwnProperty.call(entry.values, field.name) && field.value !== entry.values[field.name]) {
                    field.value = entry.values[field.name];
                    field.dispatchEvent(new Event("input", { bubbles: true }));
                }
            });
            entry.restore = false;
            write(key, entry);
            var note = document.createElement("p");
            note.className = "notice typed-restored";
            note.setAttribute("role", "status");
            note.textContent = settings().dataset.restored;
            form.insertBefore(note, form.firstChild);
        });
    }

    function start() {
        if (!settings()) { return; }
        if (settings().dataset.signedOut === "true") { forgetAll(); }
        var back = document.getElementById("typedBack");
        if (back) { onExpiredPage(back); } else { onFormPage(); }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
