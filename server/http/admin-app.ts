import fs from 'node:fs';
import path from 'node:path';
import express, { type Response, type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { repositoryRoot } from '../repository-root';

export const adminPath = '/admin';

/**
 * Everything the admin loads comes from this server (the offices' networks are
 * often cut off from the internet); MUI's emotion styles are inline.
 */
export const adminContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Hashed file names under assets/ never change content. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** Where `npm run build` puts the admin client. */
export const adminDistFolder = path.join(repositoryRoot, 'admin', 'dist');

function setSecurityHeaders(response: Response): void {
  response.setHeader('Content-Security-Policy', adminContentSecurityPolicy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
}

/**
 * The built react-admin client at /admin: its files from `folder`, hashed
 * assets cached for good, index.html revalidated on every load, and
 * index.html for any other path under /admin/ (the client's own routes).
 */
export function adminRouter(folder: string = adminDistFolder): Router {
  const root = path.resolve(folder);
  const assets = path.join(root, 'assets') + path.sep;
  const index = path.join(root, 'index.html');
  const admin = express.Router();

  admin.use((request, response, next) => {
    setSecurityHeaders(response);
    // Mounted at /admin, both /admin and /admin/ arrive here as "/": only the latter may load relative URLs.
    const [pathname, search] = splitOnce(request.originalUrl, '?');
    if (request.path === '/' && !pathname.endsWith('/')) {
      response.redirect(`${adminPath}/${search === undefined ? '' : `?${search}`}`);
      return;
    }
    next();
  });

  // The bundle is 2 MB of script and 0.1 MB of styles, a fifth of that compressed: it matters on a county office's line.
  // Scripts and styles are compressed by the build (.br and .gz beside each, see admin/vite.config.mts); fonts are compressed already, index.html is half a kilobyte.
  admin.use(
    expressStaticGzip(root, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: 'index.html',
      serveStatic: {
        redirect: false,
        fallthrough: true,
        setHeaders: (response, file) => {
          response.setHeader('Cache-Control', path.resolve(file).startsWith(assets) ? immutableCacheControl : 'no-cache');
        },
      },
    }),
  );

  admin.get(/.*/, (request, response, next) => {
    // A missing hashed file is a stale page asking for an old build: a 404, never index.html served as JavaScript.
    if (request.path.startsWith('/assets/')) return next();
    if (!fs.existsSync(index)) {
      response.setHeader('Cache-Control', 'no-store');
      response.status(503).json({ error: 'the admin client is not built; run npm run build' });
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index, { cacheControl: false }, (error) => {
      if (error && !response.headersSent) next(error);
    });
  });

  const router = express.Router();
  router.use(adminPath, admin);
  return router;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}
