import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextInput } from '@mantine/core';
import { z } from 'zod';
import type { Organization } from '../../../shared/contract';
import { fakeBackend, renderWithApi } from '../testing/fakeBackend';
import { loadDraft, saveDraft } from '../lib/drafts';
import { useDraftSchemaForm } from '../lib/useDraftSchemaForm';
import { DraftSchemaForm } from './DraftSchemaForm';
import { FormButtons } from './FormButtons';

// The shell most dialog forms and transfer steps share: the typing is kept as a draft under the
// form's own key, a restored draft is announced and can be dropped, and a save clears it before
// the form is closed.

const schema = z.strictObject({ name: z.string().trim().min(1, '请填写名称') });
const KEY = 'test-org';

type Save = (input: z.output<typeof schema>) => Promise<{ name: string }>;

function TestForm({ onSaved }: { onSaved: () => void }) {
  const draft = useDraftSchemaForm({
    draftKey: KEY,
    initial: { name: '原名' },
    schema,
    method: 'orgs.update',
    message: (saved) => `单位${saved.name}已保存`,
    onSaved,
  });
  return (
    <DraftSchemaForm draft={draft} aria-label="单位">
      <TextInput label="名称" {...draft.form.getInputProps('name')} />
      <FormButtons submitLabel="保存" saving={draft.saving} />
    </DraftSchemaForm>
  );
}

function setUp(save = vi.fn<Save>(async (input) => input), onSaved = vi.fn()) {
  fakeBackend({ 'orgs.update': async (input) => (await save(input as never)) as Organization });
  renderWithApi(<TestForm onSaved={onSaved} />);
  return { user: userEvent.setup(), save, onSaved };
}

afterEach(cleanup);

describe('DraftSchemaForm with useDraftSchemaForm', () => {
  it('keeps what is typed as a draft under the form’s key', async () => {
    const { user } = setUp();
    await user.type(screen.getByLabelText('名称'), '甲');
    expect(loadDraft(KEY)).toEqual({ name: '原名甲' });
    expect(screen.getByRole('form', { name: '单位' })).toBeTruthy();
  });

  it('restores a draft, says so, and 放弃草稿 returns to the saved values', async () => {
    saveDraft(KEY, { name: '草稿名' });
    const { user } = setUp();
    expect(await screen.findByDisplayValue('草稿名')).toBeTruthy();
    expect(screen.getByText(/已恢复上次未保存的输入/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '放弃草稿' }));
    expect(screen.getByDisplayValue('原名')).toBeTruthy();
    expect(screen.queryByText(/已恢复上次未保存的输入/)).toBeNull();
    // Dropped for good: resetting the form did not write the saved values back as a new draft.
    expect(loadDraft(KEY)).toBeNull();
    // Typing back to the saved values leaves no draft either.
    await user.type(screen.getByLabelText('名称'), '乙');
    expect(loadDraft(KEY)).toEqual({ name: '原名乙' });
    await user.type(screen.getByLabelText('名称'), '{Backspace}');
    expect(loadDraft(KEY)).toBeNull();
  });

  it('sends on submit, clears the draft, then calls onSaved', async () => {
    const { user, save, onSaved } = setUp(
      vi.fn<Save>(async (input) => input),
      vi.fn(() => expect(loadDraft(KEY)).toBeNull()),
    );
    await user.type(screen.getByLabelText('名称'), '乙');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(save).toHaveBeenCalledWith({ name: '原名乙' });
    expect(await screen.findByText('单位原名乙已保存')).toBeTruthy();
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('does not send, and keeps the draft, while the schema finds a problem', async () => {
    const { user, save, onSaved } = setUp();
    await user.clear(screen.getByLabelText('名称'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText('请填写名称')).length).toBeGreaterThan(0);
    expect(save).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
    expect(loadDraft(KEY)).toEqual({ name: '' });
  });
});
