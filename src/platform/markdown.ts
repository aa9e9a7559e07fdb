// Markdown for text people write in the portal (terms versions, announcements), rendered inert: raw HTML is
// escaped (markdown-it's html: false), images are not rendered (no tracking pixel, no huge picture: the alt text
// stays), and links go only to http(s), mailto and this site's own paths (markdown-it's validateLink refuses
// javascript:, vbscript:, file: and data: already); every link gets rel="nofollow noopener noreferrer".
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.disable('image');
const SAFE_LINK = /^(https?:|mailto:|\/(?!\/)|#)/i;
md.validateLink = (href: string) => SAFE_LINK.test(href.trim());
const linkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'nofollow noopener noreferrer');
  return linkOpen ? linkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

export const renderMarkdown = (text: string): string => md.render(text);
export const escapeHtml = (text: string): string => md.utils.escapeHtml(text);
