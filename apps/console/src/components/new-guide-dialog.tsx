import type { GuideFormat } from '@shirube/core';
import { useRef, useState } from 'preact/hooks';
import { NEW_GUIDE_FORMATS, type NewGuideFormat } from '../guide-templates.js';
import { useI18n } from '../i18n/i18n.js';
import { Button, useDialogKeys } from './ui.js';

/** A small picture of each format: where it sits on a page. */
function FormatIcon(props: { format: NewGuideFormat }) {
  const shapes: Record<NewGuideFormat, preact.JSX.Element> = {
    walkthrough: (
      <>
        <rect x="4" y="6" width="10" height="6" rx="1.5" />
        <path d="M9 12v3" />
        <rect x="14" y="17" width="14" height="8" rx="1.5" />
      </>
    ),
    announcement: <rect x="8" y="9" width="16" height="14" rx="2" />,
    banner: <rect x="2" y="4" width="28" height="5" rx="1" />,
    hotspots: (
      <>
        <circle cx="10" cy="11" r="2.5" />
        <circle cx="22" cy="20" r="2.5" />
        <circle cx="10" cy="11" r="5.5" opacity=".35" />
        <circle cx="22" cy="20" r="5.5" opacity=".35" />
      </>
    ),
    checklist: (
      <>
        <rect class="page" x="3" y="4" width="15" height="15" rx="1.5" />
        <path d="M6 9l1.5 1.5 2.5-3M6 14.5l1.5 1.5 2.5-3M12 8.5h3.5M12 14h3.5" />
        <rect x="3" y="21.5" width="11" height="3.5" rx="1.75" />
      </>
    ),
  };
  return (
    <svg class="format-icon" width="32" height="28" viewBox="0 0 32 28" aria-hidden="true" focusable="false">
      <rect class="page" x="0.5" y="0.5" width="31" height="27" rx="3" />
      {shapes[props.format]}
    </svg>
  );
}

/** Asks what the author is making before the guide is created; Escape or Cancel makes nothing. */
export function NewGuideDialog(props: { busy: boolean; onCreate: (format: NewGuideFormat) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [format, setFormat] = useState<NewGuideFormat>('walkthrough');
  const first = useRef<HTMLInputElement>(null);
  useDialogKeys(first, props.onCancel);
  const hints: Record<NewGuideFormat, string> = {
    walkthrough: t.newGuide.walkthroughHint,
    announcement: t.newGuide.announcementHint,
    banner: t.newGuide.bannerHint,
    hotspots: t.newGuide.hotspotsHint,
    checklist: t.newGuide.checklistHint,
  };
  return (
    <div class="overlay">
      <form
        class="confirm new-guide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="new-guide-title"
        onSubmit={(e) => {
          e.preventDefault();
          props.onCreate(format);
        }}
      >
        <h2 id="new-guide-title">{t.newGuide.title}</h2>
        <div class="format-choices" role="radiogroup" aria-labelledby="new-guide-title">
          {NEW_GUIDE_FORMATS.map((f, i) => (
            <label class={f === format ? 'format-choice selected' : 'format-choice'}>
              <input ref={i === 0 ? first : undefined} type="radio" name="format" value={f} checked={f === format} onChange={() => setFormat(f)} />
              <FormatIcon format={f} />
              <span class="format-text">
                <strong>{t.formats[f]}</strong>
                <span class="hint">{hints[f]}</span>
              </span>
            </label>
          ))}
        </div>
        <div class="confirm-actions">
          <button type="button" class="btn btn-secondary" onClick={props.onCancel}>
            {t.newGuide.cancel}
          </button>
          <Button variant="primary" type="submit" busy={props.busy}>
            {t.newGuide.create}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** What a guide is, as a quiet badge beside its name. */
export function FormatBadge(props: { format: GuideFormat }) {
  const { t } = useI18n();
  return <span class={`badge badge-format format-${props.format}`}>{t.formats[props.format]}</span>;
}
