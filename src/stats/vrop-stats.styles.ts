import { css } from 'lit';

// Written compactly: the bundle has no CSS minifier and every byte ships to seven districts.
// The final value and the counting one share one grid cell (.v > *): the final one, always
// there for screen readers, reserves the width, so nothing moves while the digits count.
// Columns: w<n> is the count in one row, m<n> half of it; two on a phone, one below 18em. Each tile is a subgrid
// of two rows, so every label in a row of tiles starts at the same height.
export const statsStyles = css`
:host{container-type:inline-size}
ul{--vrop-_c:1;display:grid;grid-template-columns:repeat(var(--vrop-_c),minmax(0,1fr));gap:var(--vrop-_space);margin:0;padding:0;list-style:none}
.w1{--vrop-_w:1}.w2{--vrop-_w:2}.w3{--vrop-_w:3}.w4{--vrop-_w:4}.w5{--vrop-_w:5}.w6{--vrop-_w:6}
.m1{--vrop-_m:1}.m2{--vrop-_m:2}.m3{--vrop-_m:3}.m4{--vrop-_m:4}.m5{--vrop-_m:5}.m6{--vrop-_m:6}
@container (min-width:18em){ul:not(.w1){--vrop-_c:2}}
@container (min-width:24em){ul:not(.w1){--vrop-_c:var(--vrop-_m)}}
@container (min-width:60em){.row:not(.w1){--vrop-_c:var(--vrop-_w)}}
li{display:grid;grid-template-columns:minmax(0,1fr);grid-row:span 2;grid-template-rows:subgrid;row-gap:var(--vrop-_space-s);padding:.75em .75em .75em 1em;border-radius:var(--vrop-_radius);background:linear-gradient(var(--vrop-_bar),var(--vrop-_bar)) 0 0/.25em 100% no-repeat,var(--vrop-_surface-alt);--vrop-_bar:var(--vrop-stats-accent,var(--vrop-_accent))}
.v{display:grid;justify-content:start;align-self:end;overflow-wrap:break-word;color:var(--vrop-_bar);font-size:var(--vrop-stats-value-size,1.75em);font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
.v>*{grid-area:1/1}
small{font-size:.55em;font-weight:400}
.c{opacity:0}
p{margin:var(--vrop-_space) 0 0;color:var(--vrop-_muted);font-size:.875em}
@media (forced-colors:active){li{border:1px solid}}
@media print{.c{opacity:1}.c+*{display:none}}
`;
