// `npm run serve` (part of `npm start`): the demo district page, loading the built bundle as a
// webmaster's page would, and the embed code builder from dist/.
const PORT = 8000;

/** The server's root holds the whole repository: its address opens the demo page. */
function openDemo(ctx, next) {
  if (ctx.path !== '/') return next();
  ctx.redirect('/demo/');
  return undefined;
}

export default {
  rootDir: '.',
  port: PORT,
  watch: false,
  middleware: [openDemo],
  plugins: [
    {
      name: 'print-addresses',
      serverStart({ config }) {
        const base = `http://localhost:${config.port}`;
        console.log(`\n  Demo district page:  ${base}/demo/\n  Embed code builder:  ${base}/dist/builder.html\n  Storybook:           http://localhost:6006/ (when it has started)\n`);
      },
    },
  ],
};
