import path from 'node:path';
import express, { type Router } from 'express';

/** Files the explorer page loads, all from installed packages: the offices' networks are often cut off from the internet. */
const packageFolder = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const assets: Record<string, string> = {
  'react.js': path.join(packageFolder('react'), 'umd/react.production.min.js'),
  'react-dom.js': path.join(packageFolder('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.js': path.join(packageFolder('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(packageFolder('graphiql'), 'graphiql.min.css'),
};

function explorerPage(graphqlPath: string, assetsPath: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bianzhi 编制 · GraphQL explorer</title>
<link rel="stylesheet" href="${assetsPath}/graphiql.css">
<style>body { margin: 0; height: 100vh; } #explorer { height: 100vh; }</style>
</head>
<body>
<div id="explorer">Loading…</div>
<script src="${assetsPath}/react.js"></script>
<script src="${assetsPath}/react-dom.js"></script>
<script src="${assetsPath}/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
  const defaultQuery = '# Bianzhi: Guizhou institutional-establishment registry\\n{\\n  bureauByCode(code: "520300") {\\n    name\\n    indicators { extranetSite { built builtOn } }\\n    children { code name }\\n  }\\n}\\n';
  ReactDOM.createRoot(document.getElementById('explorer')).render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
</script>
</body>
</html>`;
}

/** GraphiQL at `explorerPath`, its files under `explorerPath/assets`. */
export function explorerRouter(explorerPath: string, graphqlPath: string): Router {
  const router = express.Router();
  const assetsPath = `${explorerPath}/assets`;
  const page = explorerPage(graphqlPath, assetsPath);
  router.get(explorerPath, (_request, response) => {
    response.type('html').send(page);
  });
  for (const [name, file] of Object.entries(assets)) {
    router.get(`${assetsPath}/${name}`, (_request, response) => {
      response.sendFile(file, { maxAge: '1d' });
    });
  }
  return router;
}
