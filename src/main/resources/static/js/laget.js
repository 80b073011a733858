// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // GOV.UK pattern: the error summary takes focus so a screen reader announces it first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
});

// htmx requests carry the CSRF token from the page's meta tags, as plain forms carry it in a hidden field.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) { event.detail.headers[header.content] = token.content; }
});
