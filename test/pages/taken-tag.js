// The host page's own <vrop-stats>, defined before the bundle loads.
customElements.define(
  'vrop-stats',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'The page’s own figures';
    }
  },
);
