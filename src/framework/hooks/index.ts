/** The hook system: contracts, the container, the typed runner, docs rendering and test doubles. */
export * from './defineHook';
export { createHookRunner, type HookRunner, type HookRunnerReturn } from './createHookRunner';
export type { ExtensionHookSource } from './ExtensionHandlers';
export { HookContainer, type HookContainerOptions, type RunOptions } from './HookContainer';
export type { RuntimeHandler } from './runtimeHandler';
export { HookHandlerError } from './HookHandlerError';
export { hookMethodName } from './hookMethodName';
export type { HookTiming } from './HookTimings';
export { renderHookDocs } from './renderHookDocs';
