import { count } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from './ui.js';

/** "1–50 of 230" with Previous and Next, for a table the server pages (`page` is zero-based). */
export function Pager(props: {
  page: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  total: number;
  /** The table's own words (`t.accounts`, `t.audit`): its label, the range and the buttons. */
  messages: { tableLabel: string; range: (first: string, last: string, total: string) => string; previous: string; next: string };
  onPage: (page: number) => void;
}) {
  const { locale } = useI18n();
  const { page, pageSize, messages } = props;
  return (
    <nav class="pager" aria-label={messages.tableLabel}>
      <span>{messages.range(count(page * pageSize + 1, locale), count(page * pageSize + props.shown, locale), count(props.total, locale))}</span>
      <Button class="btn-small" disabled={page === 0} onClick={() => props.onPage(page - 1)}>
        {messages.previous}
      </Button>
      <Button class="btn-small" disabled={(page + 1) * pageSize >= props.total} onClick={() => props.onPage(page + 1)}>
        {messages.next}
      </Button>
    </nav>
  );
}
