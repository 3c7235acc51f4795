// Dumps mermaid's resolved theme variables (input of theme_tables.cpp):
// node render/theme/dump_theme_tables.mjs > themes.json  (paths: the mermaid-ref install)
import { themes_default } from '/root/.cache/mermaid-ref/node_modules/mermaid/dist/chunks/mermaid.core/chunk-DU6HZSFF.mjs';
const out = {};
for (const t of ['default','neutral','dark','forest','base']) {
  const v = themes_default[t].getThemeVariables({});
  const o = {};
  for (const k of Object.keys(v).sort()) if (typeof v[k] === 'string' || typeof v[k]==='number' || typeof v[k]==='boolean') o[k]=v[k];
  out[t]=o;
}
console.log(JSON.stringify(out,null,1));
