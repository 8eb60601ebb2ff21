/**
 * Takes over what the count-up depends on, so a test decides when things happen instead of
 * waiting for real rendering: requestAnimationFrame (a test runs each frame with the time it
 * chooses), IntersectionObserver (a test says when the element is in view) and document.hidden.
 * `restore()` puts the page's own back.
 */
export function controlPage() {
  const queue = new Map<number, FrameRequestCallback>();
  let id = 0;
  let scheduled = 0;
  interface Watch {
    callback: IntersectionObserverCallback;
    targets: Element[];
    on: boolean;
  }
  const observers: Watch[] = [];
  const real = {
    raf: window.requestAnimationFrame,
    caf: window.cancelAnimationFrame,
    io: window.IntersectionObserver,
  };
  window.requestAnimationFrame = (cb) => {
    scheduled += 1;
    queue.set(++id, cb);
    return id;
  };
  window.cancelAnimationFrame = (handle) => void queue.delete(handle);
  window.IntersectionObserver = class {
    constructor(callback: IntersectionObserverCallback) {
      observers.push((this.record = { callback, targets: [], on: true }));
    }
    record: Watch;
    observe(target: Element) {
      this.record.targets.push(target);
    }
    disconnect() {
      this.record.on = false;
    }
  } as unknown as typeof IntersectionObserver;
  let hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  return {
    get scheduled() {
      return scheduled;
    },
    get pending() {
      return queue.size;
    },
    /** Observers still watching. */
    get watching() {
      return observers.filter((o) => o.on).length;
    },
    /** Reports every watched element as scrolled into view. */
    enterView() {
      for (const o of observers.filter((o) => o.on)) {
        const entries = o.targets.map((target) => ({ target, isIntersecting: true }));
        o.callback(entries as unknown as IntersectionObserverEntry[], {} as IntersectionObserver);
      }
    },
    /** Runs the frames waiting now with the timestamp `time`. */
    run(time: number) {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const cb of callbacks) cb(time);
    },
    hide() {
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    restore() {
      window.requestAnimationFrame = real.raf;
      window.cancelAnimationFrame = real.caf;
      window.IntersectionObserver = real.io;
      delete (document as { hidden?: boolean }).hidden;
    },
  };
}
