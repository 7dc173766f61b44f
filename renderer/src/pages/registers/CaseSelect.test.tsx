import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseRecord, CaseSummary } from '../../../../shared/contract';
import { ApiCallError } from '../../api/client';
import { fakeBackend, renderWithApi } from '../../testing/fakeBackend';
import { CaseSelect } from './CaseSelect';

afterEach(cleanup);

function summary(id: number, caseNumber: string, cause: string, partyName: string): CaseSummary {
  return { id, caseNumber, cause, partyName, status: 'closed', fineFen: 0, updatedAt: '2025-01-01T00:00:00.000Z' };
}

const NEWEST = [summary(1, '青山综执罚〔2025〕1号', '违法占道经营', '李某某')];
const OLD = summary(7, '青山综执罚〔2019〕7号', '擅自设置户外广告', '王某');

describe('CaseSelect', () => {
  it('searches the office’s cases on the server, so an old case can be picked, not only the newest', async () => {
    const backend = fakeBackend({
      'cases.list': ({ query }) => ({ items: query === '2019' ? [OLD] : NEWEST, total: 1, totalCapped: false }),
    });
    const onChange = vi.fn();
    renderWithApi(<CaseSelect label="关联案件" value={null} onChange={onChange} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: '关联案件' }), '2019');
    await waitFor(() => expect(backend.callsOf('cases.list')).toContainEqual({ query: '2019', pageSize: 30 }));
    await user.click(await screen.findByRole('option', { name: '青山综执罚〔2019〕7号 擅自设置户外广告（王某）' }));
    expect(onChange).toHaveBeenCalledWith('7', expect.objectContaining({ value: '7' }));
  });

  it('says why when the search is refused, and never offers the matches of an earlier search as this one’s', async () => {
    let answer: (value: { items: CaseSummary[]; total: number; totalCapped: boolean }) => void = () => undefined;
    const backend = fakeBackend({
      'cases.list': ({ query }) => {
        if (query === '') return { items: NEWEST, total: 1, totalCapped: false };
        if (query === '坏') throw new ApiCallError({ code: 'VALIDATION', message: '搜索内容无效' });
        return new Promise((resolve) => (answer = resolve));
      },
    });
    renderWithApi(<CaseSelect label="关联案件" value={null} onChange={() => undefined} />);
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: '关联案件' });
    await user.click(box);
    expect(await screen.findByRole('option', { name: /青山综执罚〔2025〕1号/ })).toBeTruthy();
    // A new search on its way: the newest cases are no longer offered as its matches.
    await user.type(box, '2019');
    expect(await screen.findByText('正在查找…')).toBeTruthy();
    expect(screen.queryByRole('option', { name: /青山综执罚〔2025〕1号/ })).toBeNull();
    await waitFor(() => expect(backend.callsOf('cases.list')).toContainEqual({ query: '2019', pageSize: 30 }));
    expect(screen.queryByRole('option', { name: /青山综执罚〔2025〕1号/ })).toBeNull();
    answer({ items: [OLD], total: 1, totalCapped: false });
    expect(await screen.findByRole('option', { name: /青山综执罚〔2019〕7号/ })).toBeTruthy();
    await user.clear(box);
    await user.type(box, '坏');
    expect(await screen.findByText('查找案件未完成：搜索内容无效')).toBeTruthy();
  });

  it('shows the chosen case by its number even when it is not among the matches listed', async () => {
    fakeBackend({
      'cases.list': () => ({ items: NEWEST, total: 1, totalCapped: false }),
      'cases.get': ({ id }) =>
        ({ id, caseNumber: OLD.caseNumber, cause: OLD.cause, party: { name: OLD.partyName } }) as CaseRecord,
    });
    renderWithApi(<CaseSelect label="关联案件" value="7" onChange={() => undefined} />);
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('combobox', { name: '关联案件' }).value).toBe(
        '青山综执罚〔2019〕7号 擅自设置户外广告（王某）',
      ),
    );
  });
});
