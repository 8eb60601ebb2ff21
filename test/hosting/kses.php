<?php
// WordPress's own post filter, as it runs on the content of an Author's or Editor's post
// (users without unfiltered_html), from Debian's wordpress package, without a database.
// `php kses.php < in.html` prints the filtered HTML; `php kses.php tags` the allowed tags as JSON.
define('ABSPATH', '/usr/share/wordpress/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/functions.php';
if (($argv[1] ?? '') === 'tags') {
  echo json_encode(wp_kses_allowed_html('post'));
} else {
  echo wp_kses(stream_get_contents(STDIN), 'post');
}
