/*
 * The boot script: starts the app once the pre-rendered page has painted. A template, not served
 * as it is: finish.rs (outline_loader) drops this comment, fills in __JS__ (Trunk's JS glue) and
 * __WASM__ (the wasm file), and writes the result to dist/ as boot-<hash>.js.
 */
// Generated at build time. Starts the app once the pre-rendered page has painted.
let started = false;
const start = async () => {
  if (started) return;
  started = true;
  try {
    const bindings = await import("__JS__");
    const wasm = await bindings.default({ module_or_path: "__WASM__" });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
  } catch (e) {
    const line = document.querySelector("#prerender .status-line");
    if (line) line.textContent = "这台设备没能打开全部功能。文章还能看，电话能直接拨；要办事请找工作人员。";
    console.error(e);
  }
};
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 200);
