/** Set by src/integrations/posters.ts at config time. */
declare module 'virtual:wenming/posters-config' {
  /** Absolute folder of the rendered-poster cache. */
  export const cacheDir: string;
  /** Absolute folder of the project (font package, renderer source). */
  export const projectRoot: string;
}
