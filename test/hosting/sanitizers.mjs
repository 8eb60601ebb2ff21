// The HTML filters that stand between a webmaster's paste and the saved page: WordPress's own
// KSES (PHP, from Debian's wordpress package), sanitize-html given WordPress's list of allowed
// post tags, DOMPurify with its defaults, and TinyMCE 6's default schema (the editor of
// WordPress's Classic editor and of many CMS rich-text fields). The last two run in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import sanitizeHtml from 'sanitize-html';

const require = createRequire(import.meta.url);
const KSES = new URL('./kses.php', import.meta.url).pathname;
const hasWordPress = () => existsSync('/usr/share/wordpress/wp-includes/kses.php') && existsSync('/usr/bin/php');
const php = (args, input) => execFileSync('php', [KSES, ...args], { input, encoding: 'utf8' });

/** Runs `body` in a blank Chromium page with the script at `path` loaded. */
async function inPage(browser, path, body, html) {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ path: require.resolve(path) });
    return await page.evaluate(body, html);
  } finally {
    await page.close();
  }
}

let wordPressTags;
function wordPressOptions() {
  wordPressTags ??= JSON.parse(php(['tags']));
  return {
    allowedTags: Object.keys(wordPressTags),
    allowedAttributes: Object.fromEntries(Object.entries(wordPressTags).map(([tag, attributes]) => [tag, Object.keys(attributes)])),
  };
}

/** Each filter: its name in the README's table, where webmasters meet it, and `sanitize(html, browser)`. */
export const SANITIZERS = [
  {
    name: 'no filter',
    where: 'an Administrator’s WordPress **Custom HTML** block (unfiltered_html), plain HTML pages, and any embed block that keeps scripts',
    sanitize: (html) => html,
  },
  {
    name: 'WordPress KSES',
    where: 'WordPress posts and pages saved by an Author or Editor (no unfiltered_html; every user on multisite), in any block',
    missing: () => !hasWordPress() && 'needs Debian’s wordpress and php-cli',
    sanitize: (html) => php([], html),
  },
  {
    name: 'sanitize-html, WordPress’s tags',
    where: 'the same list of allowed tags in a Node.js sanitizer',
    missing: () => !hasWordPress() && 'reads the list from Debian’s wordpress (needs php-cli)',
    sanitize: (html) => sanitizeHtml(html, wordPressOptions()),
  },
  {
    name: 'DOMPurify',
    where: 'sanitizing editors and plugins that use DOMPurify with its defaults',
    sanitize: (html, browser) => inPage(browser, 'dompurify/dist/purify.min.js', (input) => globalThis.DOMPurify.sanitize(input), html),
  },
  {
    name: 'TinyMCE',
    where: 'TinyMCE 6 with its default schema: WordPress’s Classic editor and many CMS rich-text fields',
    sanitize: (html, browser) =>
      inPage(
        browser,
        'tinymce/tinymce.min.js',
        (input) => {
          const { html } = globalThis.tinymce;
          const schema = html.Schema();
          return html.Serializer({}, schema).serialize(html.DomParser({}, schema).parse(input));
        },
        html,
      ),
  },
];
