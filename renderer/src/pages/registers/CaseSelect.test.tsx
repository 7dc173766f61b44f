import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseRecord, CaseSummary } from '../../../../shared/contract';
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
