// Real web servers for the hosting tests: nginx and Apache from Debian's packages, each started in
// the foreground on an unprivileged port of 127.0.0.1 with a configuration of the test's own,
// over a copy of the release folder at /vrop-widgets/, and stopped afterwards.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SERVERS = {
  nginx: '/usr/sbin/nginx',
  apache: '/usr/sbin/apache2',
};

export const FOLDER = 'vrop-widgets';
const isRoot = process.getuid?.() === 0;

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A copy of the release folder in a fresh web root that the servers' workers may read. */
export function webRoot(release = 'release') {
  const dir = mkdtempSync(join(tmpdir(), 'vrop-host-'));
  chmodSync(dir, 0o755);
  cpSync(release, join(dir, 'www', FOLDER), { recursive: true });
  return dir;
}

function nginxConf({ dir, port, configured, extra = '', mimeTypes = true }) {
  const folder = join(dir, 'www', FOLDER);
  return `daemon off;
${isRoot ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  ${mimeTypes ? 'include /etc/nginx/mime.types;' : ''}
  default_type application/octet-stream;
  ${extra}
  server {
    listen 127.0.0.1:${port};
    location /${FOLDER}/ {
      root ${dir}/www;
      ${configured ? `include ${folder}/nginx.conf;` : ''}
    }
  }
}
`;
}

function apacheConf({ dir, port, configured, extra = '' }) {
  const module = (name, file = name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${file}.so`;
  return `ServerRoot /usr/lib/apache2
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${dir}/apache.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
ErrorLog ${dir}/error.log
LogLevel warn
${isRoot ? 'User www-data\nGroup www-data' : ''}
${module('mpm_event')}
${module('authz_core')}
${module('mime')}
${module('headers')}
${module('dir')}
${module('rewrite')}
TypesConfig /etc/mime.types
DocumentRoot ${dir}/www
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${dir}/www>
  AllowOverride ${configured ? 'All' : 'None'}
  Require all granted
</Directory>
<Files ".ht*">
  Require all denied
</Files>
${extra}
`;
}

async function waitForAnswer(url, child, log) {
  for (let tries = 0; tries < 100; tries += 1) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const errors = existsSync(log) ? (await import('node:fs')).readFileSync(log, 'utf8') : '';
  throw new Error(`the server did not start:\n${errors}`);
}

/**
 * Starts `kind` ('nginx' or 'apache') over a copy of the release folder. `configured: false`
 * is a host as it comes: no configuration of ours. `extra` adds server-level directives.
 * `prepare(folder)` may change the copied release before the server starts; `mimeTypes: false`
 * leaves nginx without its list of content types.
 */
export async function startServer(kind, { configured = true, extra, mimeTypes, prepare, release } = {}) {
  const dir = webRoot(release);
  if (prepare) prepare(join(dir, 'www', FOLDER));
  const port = await freePort();
  const conf = join(dir, `${kind}.conf`);
  writeFileSync(conf, (kind === 'nginx' ? nginxConf : apacheConf)({ dir, port, configured, extra, mimeTypes }));
  const args = kind === 'nginx' ? ['-c', conf, '-e', join(dir, 'error.log')] : ['-f', conf, '-DFOREGROUND'];
  const child = spawn(SERVERS[kind], args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForAnswer(`${origin}/`, child, join(dir, 'error.log'));
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${kind}: ${error.message}${stderr}`);
  }
  return {
    origin,
    port,
    /** The release folder's address on this server. */
    root: `${origin}/${FOLDER}/`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether `kind` can run here; CI must have both, a developer may not. */
export const hasServer = (kind) => existsSync(SERVERS[kind]);
