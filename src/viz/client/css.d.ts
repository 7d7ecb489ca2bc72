// esbuild bundles the page's stylesheet from `import './page.css'`.
declare module '*.css';
