import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import type { Organization } from '../../../shared/contract';
import { ApiCallError } from '../api/client';
import { fakeBackend, renderWithApi } from '../testing/fakeBackend';
import { useSchemaSubmit } from './useSchemaSubmit';

// The one submit path every form uses: contract errors under the fields (renamed where the form
// names them differently), problems only the form sees, the back end's field error, and notices.

const schema = z.strictObject({
  name: z.string().trim().min(1, '请填写名称'),
  amountFen: z.number().int().min(0, '金额不能为负数'),
});

type Save = (input: z.output<typeof schema>) => Promise<{ name: string }>;

function TestForm() {
  const form = useForm({ mode: 'uncontrolled', initialValues: { name: '', amountYuan: '' } });
  const { submit } = useSchemaSubmit({
    form,
    schema,
    toFormInput: (values) => {
      const yuan = Number(values.amountYuan);
      return Number.isFinite(yuan)
        ? { input: { name: values.name, amountFen: Math.round(yuan * 100) } }
        : { input: { name: values.name, amountFen: 0 }, errors: { amountYuan: '金额应为数字' } };
    },
    formPath: (path) => (path === 'amountFen' ? 'amountYuan' : path),
    // Any write of the contract will do: the fake back end answers it.
    method: 'orgs.create',
    message: (saved) => `${saved.name}已保存`,
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextInput label="名称" {...form.getInputProps('name')} key={form.key('name')} />
      <TextInput label="金额" {...form.getInputProps('amountYuan')} key={form.key('amountYuan')} />
      <button type="submit">保存</button>
    </form>
  );
}

function setUp(save: Save) {
  fakeBackend({ 'orgs.create': async (input) => (await save(input as never)) as Organization });
  renderWithApi(<TestForm />);
  return userEvent.setup();
}

afterEach(cleanup);

describe('useSchemaSubmit', () => {
  it('shows schema and form errors under their fields, says so in a notice, and does not save', async () => {
    const save = vi.fn<Save>(async (input) => input);
    const user = setUp(save);
    await user.type(screen.getByLabelText('金额'), '-5');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findAllByText('请填写名称')).not.toHaveLength(0);
    expect(screen.getByText('金额不能为负数')).toBeTruthy();
    expect(screen.getByText('请修改标红的内容')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  it('saves the parsed input and shows the message', async () => {
    const save = vi.fn<Save>(async (input) => input);
    const user = setUp(save);
    await user.type(screen.getByLabelText('名称'), '  青山镇  ');
    await user.type(screen.getByLabelText('金额'), '12.5');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(save).toHaveBeenCalledWith({ name: '青山镇', amountFen: 1250 });
    expect(await screen.findByText('青山镇已保存')).toBeTruthy();
  });

  it('puts the back end’s field error under the form’s field', async () => {
    const save = vi.fn<Save>(async () => {
      throw new ApiCallError({ code: 'VALIDATION', message: '金额超过本单位的上限', field: 'amountFen' });
    });
    const user = setUp(save);
    await user.type(screen.getByLabelText('名称'), '青山镇');
    await user.type(screen.getByLabelText('金额'), '9');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText('金额超过本单位的上限')).length).toBe(2); // under the field and in the notice
    expect(screen.getByText('未能保存')).toBeTruthy();
  });
});
