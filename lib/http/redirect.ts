/**
 * A redirect from a route handler to a path of this site, with the Location left relative. Behind
 * the nginx front a route handler's `request.url` names Next's own loopback address, not the host
 * the visitor used, so an absolute Location built from it sent the browser to an address it cannot
 * reach (and a form's post was stopped by the page's `form-action 'self'`). The browser resolves a
 * relative Location against the address it asked.
 */
export function redirectToPath(path: string, status: 303 | 307 = 307): Response {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`not a path of this site: ${path}`);
  return new Response(null, { status, headers: { Location: path, "Cache-Control": "no-store" } });
}
