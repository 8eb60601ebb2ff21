import { css } from 'lit';

// Written compactly: the bundle has no CSS minifier and every byte ships to seven districts.
// The final value and the counting one share one grid cell (.v > *): the final one, always
// there for screen readers, reserves the width, so nothing moves while the digits count.
export const statsStyles = css`
:host{container-type:inline-size}
ul{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,9em),1fr));gap:var(--vrop-_space);margin:0;padding:0;list-style:none}
li{padding:.75em;border-inline-start:.25em solid var(--vrop-stats-accent,var(--vrop-_accent));background:var(--vrop-_surface-alt)}
.grid{grid-template-columns:1fr}
@container (min-width:30em){.grid{grid-template-columns:1fr 1fr}}
@container (min-width:45em){.grid{grid-template-columns:1fr 1fr 1fr}}
.v{display:grid;justify-content:start;overflow-wrap:anywhere;color:var(--vrop-stats-accent,var(--vrop-_accent));font-size:var(--vrop-stats-value-size,1.5em);font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.v>*{grid-area:1/1}
.c{opacity:0}
p{margin:.75em 0 0;color:var(--vrop-_muted);font-size:.875em}
@media print{.c{opacity:1}.c+*{display:none}}
`;
