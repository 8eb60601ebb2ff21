#!/usr/bin/env node
// `vrop-widgets <command>`: the tools Valley ROP's staff and district webmasters run.
const COMMANDS = {
  validate: './validate.mjs',
  'check-host': './check-host.mjs',
};
const USAGE = `Usage:
  vrop-widgets validate <data-file.json>     check a data file before you publish it
  vrop-widgets check-host <release-address>  check that a host serves the release so district pages work`;

const [command, ...args] = process.argv.slice(2);
if (!COMMANDS[command]) {
  console.error(USAGE);
  process.exit(2);
}
const { main } = await import(COMMANDS[command]);
process.exitCode = await main(args);
