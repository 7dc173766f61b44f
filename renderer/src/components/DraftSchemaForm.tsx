import type { ReactNode } from 'react';
import type { DraftSubmit } from '../lib/useDraftSchemaForm';
import { DraftBanner } from './DraftBanner';

interface DraftSchemaFormProps {
  /** From useDraftSchemaForm. */
  draft: DraftSubmit;
  /** Names the form for screen readers (and for the tests that find it by role). */
  'aria-label'?: string;
  /** Shown above the draft notice, e.g. the form's title. */
  heading?: ReactNode;
  children: ReactNode;
}

/**
 * The `<form>` around a useDraftSchemaForm form: the browser's own validation is off (the contract
 * schema says what is wrong, in Chinese, under each field), Enter or the submit button sends it, and
 * a restored draft is announced with a way to discard it.
 */
export function DraftSchemaForm({ draft, heading, children, 'aria-label': label }: DraftSchemaFormProps) {
  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void draft.submit();
      }}
    >
      {heading}
      <DraftBanner visible={draft.restored} onDiscard={draft.discardDraft} />
      {children}
    </form>
  );
}
