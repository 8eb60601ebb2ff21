// The baseline for the rendering benchmark: hand-written vanilla custom elements that stamp the
// very DOM and styles the four widgets render (captured in snapshot.json by bench/run.mjs), with
// no framework, no reactivity, no language or data handling. The fastest the same page could be.
const snapshot = await (await fetch(new URL('./snapshot.json', import.meta.url))).json();

for (const [name, { html, css }] of Object.entries(snapshot)) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  customElements.define(
    `vanilla-${name}`,
    class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet];
        root.append(template.content.cloneNode(true));
      }
    },
  );
}
