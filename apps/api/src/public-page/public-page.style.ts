/** The public page's style sheet: small, readable, one column on a phone. */
export const PUBLIC_PAGE_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5560; --line: #d3d9df; --accent: #0b5394; --soft: #f3f6f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 4px solid var(--accent); }
h1 { font-size: 1.75rem; line-height: 1.2; margin: .5rem 0; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
nav ul { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
.lead { color: var(--muted); margin: 0; }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; background: var(--soft); overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 0 0 .5rem; }
.fate { display: inline-block; font-weight: 600; }
ol, ul { padding-left: 1.4rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.text { white-space: pre-line; }
footer { color: var(--muted); border-top: 1px solid var(--line); margin-top: 2rem; font-size: .9rem; }
@media (max-width: 30rem) {
  dl { grid-template-columns: 1fr; }
  dd { margin-bottom: .5rem; }
  h1 { font-size: 1.45rem; }
}
`;
