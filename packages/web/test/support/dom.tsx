/**
 * Component tests (jsdom, `// @vitest-environment jsdom`): what a browser has
 * and jsdom lacks for Mantine, and `tampilkan(ui)`, which renders inside the
 * app's providers (Mantine, modals, TanStack Query) with the texts in Bahasa
 * Indonesia. Transitions are off, as in the browser tests (reduced motion).
 */
import { MantineProvider } from "@mantine/core";
import { ModalsProvider } from "@mantine/modals";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeAll, vi } from "vitest";
import { initI18n } from "../../src/i18n/index.ts";
import { theme } from "../../src/theme.ts";

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes("prefers-reduced-motion"),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
Element.prototype.scrollIntoView ??= () => {};
// Mantine's autosizing Textarea listens to document.fonts
if (!("fonts" in document))
  Object.defineProperty(document, "fonts", { value: { addEventListener() {}, removeEventListener() {} } });

beforeAll(async () => {
  localStorage.setItem("nurani.bahasa", "id");
  await initI18n();
});
afterEach(() => cleanup());

export function tampilkan(ui: ReactNode) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={qc}>
        <ModalsProvider>{ui}</ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

/**
 * Answers the app's requests in a component test: `fetch` calls `tangani` with a `Request`,
 * whichever client made it (the typed client passes a Request, the older `api()` a relative
 * URL and its init).
 */
export function tiruServer(tangani: (req: Request) => Response | Promise<Response>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (masukan: RequestInfo | URL, init?: RequestInit) =>
      tangani(
        masukan instanceof Request
          ? masukan
          : new Request(new URL(String(masukan), "http://localhost"), init),
      ),
    ),
  );
}
