/*
 * Keeps the trainee's reading position: the hidden "position" field always holds how far down the
 * lesson they are (per cent), so "Take a break" saves it; on arrival the page scrolls back to the
 * position saved last time. Without this script the lesson still works, starting at the top.
 */
(function () {
    "use strict";
    var lesson = document.getElementById("lessonText");
    var field = document.getElementById("lessonForm:position");
    if (!lesson || !field) {
        return;
    }

    function lessonTop() {
        return lesson.getBoundingClientRect().top + window.scrollY;
    }

    function currentPosition() {
        var readable = lesson.offsetHeight - window.innerHeight / 2;
        if (readable <= 0) {
            return 0;
        }
        var read = window.scrollY - lessonTop() + window.innerHeight / 2;
        return Math.max(0, Math.min(100, Math.round(100 * read / readable)));
    }

    function remember() {
        field.value = String(currentPosition());
    }

    var saved = parseInt(lesson.getAttribute("data-resume-position"), 10);
    if (saved > 0) {
        var readable = lesson.offsetHeight - window.innerHeight / 2;
        window.scrollTo(0, Math.max(0, lessonTop() + readable * saved / 100 - window.innerHeight / 2));
    }
    remember();
    window.addEventListener("scroll", remember, { passive: true });
})();
