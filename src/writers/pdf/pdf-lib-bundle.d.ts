// Types of pdf-lib's single-file ESM build: the package's own, which it does not declare for that path.
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib';
}
