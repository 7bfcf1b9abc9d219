// `import load from './x?lazy'`: see integrations/lazy-chunk.ts. Cast `load` to
// `() => Promise<typeof import('./x')>` where it is used.
declare module '*?lazy' {
  const load: () => Promise<unknown>;
  export default load;
}
