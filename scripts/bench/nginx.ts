// A local nginx in front of several `next start` processes, for `npm run bench:instances`: the config is
// generated under /tmp, listens on loopback only, and balances to the instances with keep-alive.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { ensureDebianPackages, NGINX, startNginx } from "../lib/nginx-process";

export type Balancer = { url: string; stop: () => Promise<void> };

export async function startBalancer(port: number, upstreamPorts: number[]): Promise<Balancer> {
  const dir = `/tmp/xiaying-bench-nginx-${port}`;
  mkdirSync(dir, { recursive: true });
  const config = `${dir}/nginx.conf`;
  writeFileSync(
    config,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
    least_conn;
${upstreamPorts.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_buffering on;
    }
  }
}
`,
  );
  const tools = ensureDebianPackages(["nginx"], () => existsSync(NGINX), "the instances bench");
  if (!tools.ok) throw new Error(tools.reason);
  const url = `http://127.0.0.1:${port}`;
  // Ready once the instances answer through it.
  const ready = () =>
    fetch(`${url}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);
  const started = await startNginx({
    root: dir,
    confFile: config,
    errorLog: `${dir}/error.log`,
    readiness: [{ what: `answer /healthz on ${port}`, ready }],
  });
  if (!started.ok) throw new Error(started.reason);
  return { url, stop: started.stop };
}
