/** This release's version; `npm run analyze:check` keeps it equal to package.json's. */
export const VERSION = '0.1.0';
