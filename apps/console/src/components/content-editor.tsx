import type { RichText } from '@shirube/schema';
import { formatMarkup, parseMarkup, wrapSelection } from '@shirube/sdk/authoring';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';

/**
 * The step body: light markup typed by the author (`**bold**`, `*italic*`, `[text](https://…)`,
 * `- ` lists, `![alt](https://…)` images), turned into the structured content model on every edit.
 * No HTML is ever stored or inserted; the preview shows the result as end users will see it.
 */
export function ContentEditor(props: { id: string; content: RichText; editable: boolean; onChange: (content: RichText) => void }) {
  const { t } = useI18n();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(() => formatMarkup(props.content));
  // A different step was selected: show its content.
  useEffect(() => setText(formatMarkup(props.content)), [props.id]);
  const update = (value: string) => {
    setText(value);
    props.onChange(parseMarkup(value));
  };
  const wrap = (kind: 'bold' | 'link') => {
    const el = area.current!;
    const href = kind === 'link' ? prompt(t.content.linkAddress, 'https://') : undefined;
    if (kind === 'link' && !href) return;
    const next = wrapSelection(el.value, el.selectionStart, el.selectionEnd, kind, href ?? undefined);
    update(next.value);
    requestAnimationFrame(() => (el.focus(), el.setSelectionRange(next.start, next.end)));
  };
  const insertLinePrefix = (prefix: string) => {
    const el = area.current!;
    const lineStart = el.value.lastIndexOf('\n', el.selectionStart - 1) + 1;
    update(el.value.slice(0, lineStart) + prefix + el.value.slice(lineStart));
  };
  const surround = (mark: string) => {
    const el = area.current!;
    const { selectionStart: s, selectionEnd: e, value } = el;
    update(value.slice(0, s) + mark + value.slice(s, e) + mark + value.slice(e));
  };
  const image = () => {
    const src = prompt(t.content.imageAddress, 'https://');
    if (src) update(`${area.current!.value}\n![](${src})`);
  };
  return (
    <div class="content-editor">
      {props.editable && (
        <div class="format-bar" role="toolbar" aria-label={t.content.formatting}>
          <button type="button" aria-label={t.content.bold} onClick={() => wrap('bold')}>
            <b>B</b>
          </button>
          <button type="button" aria-label={t.content.italic} onClick={() => surround('*')}>
            <i>I</i>
          </button>
          <button type="button" aria-label={t.content.link} onClick={() => wrap('link')}>
            {t.content.link}
          </button>
          <button type="button" aria-label={t.content.bulleted} onClick={() => insertLinePrefix('- ')}>
            • {t.content.list}
          </button>
          <button type="button" class="numbered" aria-label={t.content.numbered} onClick={() => insertLinePrefix('1. ')}>
            {t.content.list}
          </button>
          <button type="button" aria-label={t.content.image} onClick={image}>
            {t.content.image}
          </button>
        </div>
      )}
      <textarea id={props.id} ref={area} rows={6} value={text} readOnly={!props.editable} onInput={(e) => update((e.target as HTMLTextAreaElement).value)} />
      <p class="hint">{t.content.hint}</p>
    </div>
  );
}
