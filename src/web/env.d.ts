// Vite turns CSS imports into stylesheets of the bundle.
declare module '*.css';
