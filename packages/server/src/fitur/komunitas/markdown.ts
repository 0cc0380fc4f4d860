/**
 * Markdown → safe HTML for campaign posts and forum messages (docs/komunitas.md
 * "Forum Markdown and attachments": sanitised HTML output, no script injection).
 *
 * Safety does not rest on cleaning HTML after the fact: markdown-it runs with
 * `html: false`, so every `<` the author types is escaped as text and the only
 * tags in the output are the ones markdown-it itself emits (p, em, strong, a,
 * code, pre, lists, headings, blockquote, tables, hr, br). What remains is
 * the URLs of links: only http(s), mailto and relative URLs pass; anything
 * else (javascript:, data:, vbscript:, file:, obfuscated variants) makes the
 * link plain text. Images are switched off (no tracking pixels or data: URLs).
 * Every link gets rel="nofollow noopener noreferrer". A property test
 * (test/komunitas-markdown.test.ts) checks the output over hostile inputs.
 */
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
md.disable("image");

/** True when a link target is http(s), mailto or relative (no scheme at all). */
export function tautanAman(url: string): boolean {
  // strip what browsers ignore before the scheme: whitespace and control characters
  const bersih = url.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what is being removed
    /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u205f\u3000\ufeff]/g,
    "",
  );
  const skema = /^([a-z][a-z0-9+.-]*):/i.exec(bersih);
  if (!skema) return true; // relative: same site
  return ["http", "https", "mailto"].includes(skema[1].toLowerCase());
}

md.validateLink = tautanAman;

const bawaanLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet("rel", "nofollow noopener noreferrer");
  return bawaanLinkOpen(tokens, idx, options, env, self);
};

/** Renders the author's Markdown as HTML safe to insert into a page. */
export function renderMarkdown(isi: string): string {
  return md.render(isi);
}
