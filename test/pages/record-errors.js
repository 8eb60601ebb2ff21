// Records what a test page must never produce: uncaught errors and console warnings.
window.recorded = { errors: [], warnings: [] };
window.addEventListener('error', (event) => window.recorded.errors.push(event.message));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.recorded.warnings.push(args.join(' '));
  warn(...args);
};
