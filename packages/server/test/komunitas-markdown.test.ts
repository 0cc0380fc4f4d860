import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMarkdown, tautanAman } from "../src/fitur/komunitas/markdown.ts";

/** Tags markdown-it may emit with html disabled and images off. */
const TAG = new Set(
  "p em strong a code pre ul ol li h1 h2 h3 h4 h5 h6 blockquote table thead tbody tr th td hr br s".split(
    " ",
  ),
);
const ATRIBUT = new Set(["href", "rel", "title", "class", "start", "style"]);

const dekode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);?/gi, (_m, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_m, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Problems found in an HTML output; empty when it is safe. */
function periksa(html: string): string[] {
  const masalah: string[] = [];
  const tanpaTag = html.replace(
    /<(\/?)([a-zA-Z0-9]+)((?:\s+[a-zA-Z-]+="[^"]*")*)\s*\/?>/g,
    (_m, _tutup, nama, atr) => {
      if (!TAG.has(nama.toLowerCase())) masalah.push(`tag ${nama}`);
      for (const [, n, v] of (atr as string).matchAll(/\s+([a-zA-Z-]+)="([^"]*)"/g)) {
        const k = n.toLowerCase();
        if (!ATRIBUT.has(k) || k.startsWith("on")) masalah.push(`attribute ${n}`);
        if (k === "style" && !/^text-align:(left|right|center)$/.test(v)) masalah.push(`style ${v}`);
        if (k === "class" && !/^language-[^\s<>]*$/.test(v)) masalah.push(`class ${v}`);
        if (k === "href") {
          const url = dekode(v);
          if (!tautanAman(url)) masalah.push(`href ${v}`);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore them in schemes
          if (/^(javascript|vbscript|data|file):/i.test(url.replace(/[\u0000-\u0020]/g, "")))
            masalah.push(`href ${v}`);
        }
      }
      return "";
    },
  );
  if (tanpaTag.includes("<")) masalah.push(`raw < in ${tanpaTag.slice(0, 80)}`);
  return masalah;
}

const SERANGAN = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.y/a.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<svg/onload=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A;avascript&#58;alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x](data:text/html;base64,PHNjcmlwdD4=)",
  "[x](vbscript:msgbox(1))",
  '[x](http://a.b/ "t\\" onmouseover=\\"alert(1)")',
  "[r]: javascript:alert(1)\n\n[r]",
  "![i](data:image/svg+xml,<svg onload=alert(1)>)",
  "javascript:alert(1)",
  "www.example.com/<script>",
  '```"><script>alert(1)</script>\n</code>\n```',
  "```js onclick=alert(1)\nx\n```",
  "| a | b |\n|:-|-:|\n| <b>x</b> | y |",
  '<iframe src="//evil">',
  "<style>*{}</style>",
  "<!-- x --><p onclick=x>",
  "&lt;script&gt;",
  "\u0000\u200b\ufeff",
  "`<script>`",
  "> <script>",
  "1. <img>\n2. [a](javascript:x)",
  "@admin <b>halo</b>",
  "**bold** _em_ [ok](https://example.go.id) [rel](/forum)",
];

describe("forum Markdown rendering", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("**Halo** _semua_\n\n- satu\n- [tautan](https://example.go.id)");
    expect(html).toContain("<strong>Halo</strong>");
    expect(html).toContain('<a href="https://example.go.id" rel="nofollow noopener noreferrer">tautan</a>');
    expect(periksa(html)).toEqual([]);
  });

  it("neutralises every known attack string", () => {
    for (const s of SERANGAN) {
      const html = renderMarkdown(s);
      expect(periksa(html), `${s} → ${html}`).toEqual([]);
      expect(html.toLowerCase().replace(/="[^"]*"/g, '=""')).not.toMatch(
        /<script|<img|<svg|<iframe|<style|<[^>]*\son\w+=/,
      );
    }
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain("href");
  });

  it("never emits a script, an event handler, a foreign tag or an unsafe URL, whatever the input (property)", () => {
    const potongan = fc.oneof(
      fc.constantFrom(...SERANGAN),
      fc.constantFrom(
        "<",
        ">",
        '"',
        "'",
        "`",
        "(",
        ")",
        "[",
        "]",
        ":",
        "\n",
        "\n\n",
        "&",
        "#",
        "*",
        "|",
        "-",
      ),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: "binary", maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(potongan, { maxLength: 12 }), (bagian) => {
        const html = renderMarkdown(bagian.join(""));
        expect(periksa(html)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts only http(s), mailto and relative link targets", () => {
    expect(tautanAman("https://a.go.id")).toBe(true);
    expect(tautanAman("mailto:a@b.go.id")).toBe(true);
    expect(tautanAman("/forum/1")).toBe(true);
    expect(tautanAman("javascript:alert(1)")).toBe(false);
    expect(tautanAman(" \tjavascript:alert(1)")).toBe(false);
    expect(tautanAman("java\nscript:alert(1)")).toBe(false);
    expect(tautanAman("data:text/html,x")).toBe(false);
  });
});
