declare module 'decap-cms-core/dist/esm/reducers/combinedReducer.js' {
  const createRootReducer: () => (state: unknown, action: unknown) => unknown;
  export default createRootReducer;
}
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  export const store: { replaceReducer(reducer: (state: unknown, action: unknown) => unknown): void };
}
