// A browser script written in TypeScript: no import or export, so load.php can serve what tsc compiles it to (see
// resourceModuleTable.test.ts). tsc still compiles it as a module (module: nodenext), so its names stay its own.
const answer: number = 1 + 1;
document.documentElement.dataset.fixtureBrowserScript = String(answer);
