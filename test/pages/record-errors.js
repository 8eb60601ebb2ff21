// Records what a test page must never produce: uncaught errors, console warnings and
// Content-Security-Policy violations.
window.recorded = { errors: [], warnings: [], violations: [] };
window.addEventListener('error', (event) => window.recorded.errors.push(event.message));
document.addEventListener('securitypolicyviolation', (event) =>
  window.recorded.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.recorded.warnings.push(args.join(' '));
  warn(...args);
};
