// The print button on the course's printable pages (no inline script: the pages run under a strict CSP).
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print');
    if (button) {
        button.addEventListener('click', function () { window.print(); });
    }
});
