/*
 * Autosave of the reflection. The text goes to /api/drafts (ReflectionDraftResource), not through
 * the Faces view, so an expired view or a restarted server cannot lose it: a save that fails is
 * tried again, later and later, until the server has the words. The status line (a polite live
 * region) says only what is true: "Saved 10:42" once the server stored exactly what is in the box,
 * never while it has not. While the server cannot be reached, or the session has ended, the words
 * are also kept in this browser (localStorage, for this account and exercise only) and put back if
 * the tab is closed and opened again; they are removed once saved, and on sign-out (keep-typed.js).
 */
(function () {
    "use strict";
    if (window.alongsideReflection) {
        // Loaded again with a page rendered anew (the hand-in button updates "@all"): bind the new text box.
        window.alongsideReflection();
        return;
    }
    var TYPING_PAUSE = 1500, FIRST_RETRY = 2000, LONGEST_RETRY = 30000;
    var box, page, status, timer = null, inFlight = false, retryDelay = FIRST_RETRY, savedText = null, state = "saved";

    function el(id) { return document.getElementById(id); }
    function text(name, value) { return (page.dataset[name] || "").replace("{0}", value == null ? "" : value); }
    function storeKey() { return "alongside.draft." + page.dataset.account + "." + page.dataset.module; }
    function version() { var v = el("writing:seenVersion"); return v ? Number(v.value) : -1; }
    function setVersion(n) { var v = el("writing:seenVersion"); if (v) { v.value = String(n); } }
    function unsaved() { return Boolean(box) && box.isConnected && box.value !== savedText; }

    function show(message, newState) {
        state = newState;
        if (status.textContent !== message) {
            status.textContent = message;
        }
        status.dataset.state = newState;
        var words = el("draftWords");
        if (words) {
            var n = (box.value.match(/\S+/g) || []).length;
            words.textContent = n === 0 ? page.dataset.noWords : n === 1 ? page.dataset.oneWord : text("words", n);
        }
    }

    function keepInBrowser() {
        try {
            localStorage.setItem(storeKey(), JSON.stringify({ text: box.value, seenVersion: version() }));
        } catch (full) { /* storage off or full: the tab still holds the words and keeps trying */ }
    }

    function forgetInBrowser() {
        try { localStorage.removeItem(storeKey()); } catch (off) { /* nothing kept */ }
    }

    function schedule(delay) {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, delay);
    }

    function failed(offline) {
        keepInBrowser();
        show(offline ? text("offline") : text("retrying"), offline ? "offline" : "retrying");
        schedule(retryDelay);
        retryDelay = Math.min(retryDelay * 2, LONGEST_RETRY);
    }

    function save(overwrite) {
        if (!box || inFlight) { return; }
        if (!unsaved() && overwrite !== true) { return; }
        inFlight = true;
        var sent = box.value;
        fetch(page.dataset.saveUrl, {
            method: "PUT", credentials: "same-origin", cache: "no-store",
            headers: { "Content-Type": "application/json", "Accept": "application/json" },
            body: JSON.stringify({ text: sent, seenVersion: version(), overwrite: overwrite === true, account: Number(page.dataset.account) })
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (answer) { answered(response.status, answer, sent); });
        }, function () {
            failed(true);
        }).finally(function () { inFlight = false; });
    }

    function answered(code, answer, sent) {
        if (code === 200 && answer.state === "saved") {
            retryDelay = FIRST_RETRY;
            savedText = sent;
            setVersion(answer.version);
            hideConflict();
            if (unsaved()) {
                show(text("notYet"), "typing");
                schedule(TYPING_PAUSE);
            } else {
                forgetInBrowser();
                show(text("saved", answer.savedAt), "saved");
            }
        } else if (code === 401) {
            keepInBrowser();
            show(text("signedOut"), "signedOut");
            openSignIn();
        } else if (code === 409 && answer.state === "conflict") {
            show(text("conflict"), "conflict");
            showConflict(answer.otherText, answer.otherVersion);
        } else if (code === 400 || code === 403 || code === 413) {
            // Refused (too long, or not this account's): saying "saved" here would be a lie; trying again would not help.
            show(text("refused", answer.message || ""), "refused");
        } else {
            failed(false);
        }
    }

    function showConflict(otherText, otherVersion) {
        var panel = el("draftConflict");
        el("draftConflictText").textContent = otherText;
        panel.dataset.otherVersion = String(otherVersion);
        panel.hidden = false;
    }

    function hideConflict() {
        var panel = el("draftConflict");
        if (panel) { panel.hidden = true; }
    }

    function openSignIn() {
        var dialog = el("signInAgain");
        if (!dialog.open) {
            el("signInAgainMessage").textContent = "";
            el("signInAgainCode").hidden = true;
            dialog.showModal();
            el("signInAgainPassword").focus();
        }
    }

    function signInAgain(event) {
        event.preventDefault();
        var password = el("signInAgainPassword");
        fetch(page.dataset.signInUrl, {
            method: "POST", credentials: "same-origin", cache: "no-store",
            headers: { "Content-Type": "application/json", "Accept": "application/json" },
            body: JSON.stringify({ email: page.dataset.email, password: password.value })
        }).then(function (response) { return response.json(); }).then(function (answer) {
            password.value = "";
            if (answer.state === "signedIn") {
                el("signInAgain").close();
                retryDelay = FIRST_RETRY;
                save();
            } else if (answer.state === "code") {
                // The code page finishes the sign-in in a new tab; this tab keeps the words and saves when it is done.
                el("signInAgainMessage").textContent = answer.message;
                el("signInAgainCode").hidden = false;
            } else {
                el("signInAgainMessage").textContent = answer.message;
            }
        }, function () {
            el("signInAgainMessage").textContent = text("offline");
        });
    }

    function init() {
        box = el("writing:text");
        page = el("draftSettings");
        status = el("writing:status");
        if (!box || !page || !status || box.dataset.autosave === "on") { return; }
        box.dataset.autosave = "on";
        savedText = box.value;
        box.addEventListener("input", function () {
            if (state === "offline" || state === "retrying" || state === "signedOut") {
                keepInBrowser();
                show(status.textContent, state);
                return;
            }
            show(text("notYet"), "typing");
            schedule(TYPING_PAUSE);
        });
        box.addEventListener("blur", function () { if (unsaved() && state === "typing") { schedule(0); } });
        el("draftKeepMine").addEventListener("click", function () { save(true); });
        el("draftTakeTheirs").addEventListener("click", function () {
            var panel = el("draftConflict");
            box.value = el("draftConflictText").textContent;
            setVersion(Number(panel.dataset.otherVersion));
            savedText = box.value;
            hideConflict();
            forgetInBrowser();
            show(text("notYet"), "typing");
            save(true);
        });
        el("signInAgainForm").addEventListener("submit", signInAgain);
        el("signInAgainSaveNow").addEventListener("click", function () { el("signInAgain").close(); retryDelay = FIRST_RETRY; save(); });
        var kept = null;
        try { kept = JSON.parse(localStorage.getItem(storeKey()) || "null"); } catch (bad) { kept = null; }
        if (kept && typeof kept.text === "string" && kept.text !== box.value) {
            // Words this browser kept while the server could not be reached: back in the box, then saved.
            box.value = kept.text;
            setVersion(kept.seenVersion);
            show(text("notYet"), "typing");
            schedule(0);
        } else {
            forgetInBrowser();
            show(page.dataset.savedAt ? text("saved", page.dataset.savedAt) : "", "saved");
        }
    }

    window.addEventListener("online", function () { if (state === "offline" || state === "retrying") { retryDelay = FIRST_RETRY; schedule(0); } });
    window.addEventListener("focus", function () { if (state === "signedOut" && el("signInAgain") && !el("signInAgain").open) { save(); } });
    window.addEventListener("beforeunload", function (event) {
        if (unsaved() && !window.alongsideSigningOut) {
            keepInBrowser();
            event.preventDefault();
            event.returnValue = "";
        }
    });
    window.alongsideReflection = init;
    // The hand-in button renders the page again (update="@all"): the new text box gets the autosave too.
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", init);
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
