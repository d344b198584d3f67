import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { AlertIcon, FileIcon, UploadIcon } from '../components/icons.js';
import { cx } from '../cx.js';
import { RELEASE } from '../release.js';
import { CATEGORIES, today, type Report } from '../reports/report.js';
import { newReportId } from '../reports/store.js';
import { trackWithShirube } from '../shirube.js';
import { parseAmount, validateReport, type ReportDraft, type ReportErrors } from '../reports/validate.js';

function Field(props: { id: string; label: string; error?: string | undefined; hint?: string; optional?: string; children: ComponentChildren }) {
  return (
    <div class={cx(props.error ? 'field has-error' : 'field')}>
      <label for={props.id}>
        {props.label}
        {props.optional && <span class={cx('optional')}> ({props.optional})</span>}
      </label>
      {props.children}
      {props.hint && !props.error && (
        <p class={cx('hint')} id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class={cx('field-error')} id={`${props.id}-error`} data-testid={`${props.id}-error`}>
          <AlertIcon size={14} />
          {props.error}
        </p>
      )}
    </div>
  );
}

const FIELD_ORDER = ['title', 'date', 'category', 'amount'] as const;

/** The expense form: validates on submit, saves a draft and opens it. */
export function NewReportPage() {
  const { t, user, setReports, navigate, toast } = useApp();
  const [draft, setDraft] = useState<ReportDraft>({ title: '', date: today(), category: '', amount: '' });
  const [merchant, setMerchant] = useState('');
  const [notes, setNotes] = useState('');
  const [receipt, setReceipt] = useState<{ name: string; size: number } | null>(null);
  const [errors, setErrors] = useState<ReportErrors>({});
  const form = useRef<HTMLFormElement>(null);

  const update = (field: keyof ReportDraft) => (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => {
    const value = event.currentTarget.value;
    setDraft((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const describedBy = (field: keyof ReportErrors, hint = false) =>
    errors[field] ? `report-${field}-error` : hint ? `report-${field}-hint` : undefined;

  const submit = (event: Event) => {
    event.preventDefault();
    const found = validateReport(draft, today());
    setErrors(found);
    const firstInvalid = FIELD_ORDER.find((field) => found[field]);
    if (firstInvalid) {
      form.current?.querySelector<HTMLElement>(`#report-${firstInvalid}`)?.focus();
      return;
    }
    const owner = user?.name ?? '';
    const title = draft.title.trim();
    const report: Report = {
      id: newReportId(),
      title: { en: title, ja: title },
      date: draft.date,
      category: draft.category as Report['category'],
      amount: parseAmount(draft.amount),
      status: 'draft',
      merchant: merchant.trim(),
      notes: notes.trim(),
      receipt,
      owner,
      timeline: [{ kind: 'created', at: new Date().toISOString(), actor: owner }],
    };
    setReports((reports) => [report, ...reports]);
    trackWithShirube('report_created', { category: report.category, amount: report.amount });
    toast(t('toast.created'));
    navigate(`/reports/${report.id}`);
  };

  const hasErrors = Object.values(errors).some(Boolean);

  return (
    <div class={cx('page page-narrow')}>
      <div class={cx('page-header')}>
        <div>
          <h1>{t('newReport.title')}</h1>
          <p class={cx('page-subtitle')}>{t('newReport.subtitle')}</p>
        </div>
      </div>
      <form ref={form} class={cx('card form form-card')} noValidate onSubmit={submit} data-testid="report-form">
        {hasErrors && (
          <div class={cx('alert')} role="alert" data-testid="report-errors">
            <AlertIcon />
            {t('form.errorSummary')}
          </div>
        )}
        <Field id="report-title" label={t('form.title')} error={errors.title && t(errors.title)}>
          <input
            id="report-title"
            type="text"
            value={draft.title}
            placeholder={t('form.titlePlaceholder')}
            maxLength={200}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy('title')}
            onInput={update('title')}
            data-testid={RELEASE === 2 ? 'expense-title' : 'report-title'}
          />
        </Field>
        <div class={cx('field-row')}>
          <Field id="report-date" label={t('form.date')} error={errors.date && t(errors.date)}>
            <input
              id="report-date"
              type="date"
              value={draft.date}
              max={today()}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy('date')}
              onInput={update('date')}
              data-testid="report-date"
            />
          </Field>
          <Field id="report-category" label={t('form.category')} error={errors.category && t(errors.category)}>
            <select
              id="report-category"
              value={draft.category}
              aria-invalid={errors.category ? true : undefined}
              aria-describedby={describedBy('category')}
              onChange={update('category')}
              data-testid="report-category"
            >
              <option value="" disabled>
                {t('form.chooseCategory')}
              </option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div class={cx('field-row')}>
          <Field id="report-amount" label={t('form.amount')} hint={t('form.amountHint')} error={errors.amount && t(errors.amount)}>
            <div class={cx('input-affix')}>
              <span class={cx('affix')} aria-hidden="true">
                ¥
              </span>
              <input
                id="report-amount"
                type="text"
                inputMode="numeric"
                autocomplete="off"
                value={draft.amount}
                placeholder="0"
                aria-invalid={errors.amount ? true : undefined}
                aria-describedby={describedBy('amount', true)}
                onInput={update('amount')}
                data-testid="report-amount"
              />
            </div>
          </Field>
          <Field id="report-merchant" label={t('form.merchant')} optional={t('form.optional')}>
            <input
              id="report-merchant"
              type="text"
              value={merchant}
              placeholder={t('form.merchantPlaceholder')}
              onInput={(e) => setMerchant(e.currentTarget.value)}
              data-testid="report-merchant"
            />
          </Field>
        </div>
        <Field id="report-notes" label={t('form.notes')} optional={t('form.optional')}>
          <textarea
            id="report-notes"
            rows={3}
            value={notes}
            placeholder={t('form.notesPlaceholder')}
            onInput={(e) => setNotes(e.currentTarget.value)}
            data-testid="report-notes"
          />
        </Field>
        <div class={cx('field')}>
          <span class={cx('label')} id="report-receipt-label">
            {t('form.receipt')} <span class={cx('optional')}>({t('form.optional')})</span>
          </span>
          {receipt ? (
            <div class={cx('file-chip')} data-testid="report-receipt-file">
              <FileIcon />
              <span class={cx('file-name')}>{receipt.name}</span>
              <span class={cx('muted')}>{Math.max(1, Math.round(receipt.size / 1024))} KB</span>
              <button type="button" class={cx('button button-ghost button-small')} onClick={() => setReceipt(null)}>
                {t('form.receiptRemove')}
              </button>
            </div>
          ) : (
            <label class={cx('dropzone')} for="report-receipt">
              <UploadIcon size={20} />
              <span class={cx('dropzone-cta')}>{t('form.receiptCta')}</span>
              <span class={cx('hint')}>{t('form.receiptHint')}</span>
              <input
                id="report-receipt"
                class={cx('visually-hidden')}
                type="file"
                accept="image/*,application/pdf"
                aria-labelledby="report-receipt-label"
                onChange={(e) => {
                  // The demo keeps only the file's name and size: nothing is uploaded anywhere.
                  const file = e.currentTarget.files?.[0];
                  if (file) setReceipt({ name: file.name, size: file.size });
                }}
                data-testid="report-receipt"
              />
            </label>
          )}
        </div>
        <div class={cx('form-actions')}>
          <button type="button" class={cx('button')} onClick={() => navigate('/reports')} data-testid="report-cancel">
            {t('form.cancel')}
          </button>
          <button type="submit" class={cx('button button-primary')} data-testid="report-submit">
            {t('form.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
