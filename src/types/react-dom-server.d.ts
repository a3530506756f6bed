/** react-dom ships no types and @types/react-dom is not installed; tests use only this function. */
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: unknown): string;
}
