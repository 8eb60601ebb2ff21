// `npm run serve`: the demo district page, loading the built bundle as a webmaster would.
export default {
  rootDir: '.',
  port: 8000,
  appIndex: 'demo/index.html',
  watch: false,
};
