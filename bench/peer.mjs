// The benchmark peer's source: the app's articles as an mdBook, so both sites are measured on the
// same text. Run by bench/run after scripts/build:
//   node bench/peer.mjs <dist dir> <content dir> <mdBook src dir>
// Categories, articles, titles and their order come from the built app's <dist>/data/library.json.
// Each page is the article's Markdown from <content>/library/<category>/<id>.md, front matter
// removed, {{rooms}} dropped and special links turned into mdBook links or plain text: Markdown,
// not the app's HTML, whose glossary buttons and /library/a/… links mean nothing in an mdBook.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dist, content, src] = process.argv.slice(2);
if (!src) {
  console.error('usage: node bench/peer.mjs <dist dir> <content dir> <mdBook src dir>');
  process.exit(2);
}
const library = JSON.parse(readFileSync(path.join(dist, 'data/library.json'), 'utf8'));
mkdirSync(src, { recursive: true });
let summary = '# Summary\n\n';
for (const cat of library.categories) {
  summary += `# ${cat.name}\n\n`;
  for (const a of library.articles.filter((a) => a.category === cat.id)) {
    summary += `- [${a.title}](${a.id}.md)\n`;
    const text = readFileSync(path.join(content, 'library', cat.id, `${a.id}.md`), 'utf8');
    const body = afterFrontMatter(text).trimStart().replaceAll('{{rooms}}', '');
    writeFileSync(path.join(src, `${a.id}.md`), `# ${a.title}\n\n${relink(body)}`);
  }
  summary += '\n';
}
writeFileSync(path.join(src, 'SUMMARY.md'), summary);

/** Everything after the second `+++` (the end of the TOML front matter); '' if there is none. */
function afterFrontMatter(text) {
  const open = text.indexOf('+++');
  const close = open < 0 ? -1 : text.indexOf('+++', open + 3);
  return close < 0 ? '' : text.slice(close + 3);
}

/** `](article:x)` → `](x.md)`, `tel:` links stay; other special links keep their text only. */
function relink(md) {
  let out = '';
  let rest = md;
  for (let i = rest.indexOf(']('); i >= 0; i = rest.indexOf('](')) {
    const end = rest.indexOf(')', i);
    if (end < 0) break;
    const target = rest.slice(i + 2, end);
    out += rest.slice(0, i);
    if (target.startsWith('article:')) {
      out += `](${target.slice('article:'.length)}.md)`;
    } else if (target.startsWith('tel:')) {
      out += `](${target})`;
    } else {
      // Drop the link but keep its text: remove the '[' that opened it, already copied.
      const open = out.lastIndexOf('[');
      if (open >= 0) out = out.slice(0, open) + out.slice(open + 1);
    }
    rest = rest.slice(end + 1);
  }
  return out + rest;
}
