import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  CaseRecord,
  CaseReviewState,
  IssuedDocument,
  Organization,
  ReviewRound,
  Staff,
} from '../../../shared/contract';
import { fakeBackend, renderWithApi } from '../testing/fakeBackend';
import { METHOD_EFFECTS, targetMatches, type Target } from './invalidation';
import { useApiMutation, useApiQuery } from './useApi';

afterEach(cleanup);

const record = { id: 7, caseNumber: '青山综执罚〔2025〕7号' } as CaseRecord;

describe('useApiQuery', () => {
  it('asks nothing while disabled, and asks once enabled', async () => {
    const backend = fakeBackend({ 'cases.get': () => record });
    function Case({ id }: { id: number | null }) {
      const existing = useApiQuery('cases.get', { id: id ?? 0 }, { enabled: id !== null });
      return <p>{existing.loading ? '加载中' : (existing.data?.caseNumber ?? '无')}</p>;
    }
    const client = renderWithApi(<Case id={null} />);
    expect(await screen.findByText('无')).toBeTruthy();
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(backend.calls).toEqual([]);

    cleanup();
    renderWithApi(<Case id={7} />, client);
    expect(await screen.findByText(record.caseNumber)).toBeTruthy();
    expect(backend.callsOf('cases.get')).toEqual([{ id: 7 }]);
  });
});

describe('useApiMutation', () => {
  it('reloads exactly the reads on screen the table names for the write, once each', async () => {
    const backend = fakeBackend({
      'cases.get': () => record,
      'review.state': () => ({ rounds: [] }) as unknown as CaseReviewState,
      'documents.list': () => [] as IssuedDocument[],
      'staff.list': () => [] as Staff[],
      'orgs.list': () => [] as Organization[],
      'review.acceptMaterials': () => ({ id: 3 }) as ReviewRound,
    });
    // Two parts of one page read the review state, as the case page and its review panel do.
    function Page() {
      useApiQuery('cases.get', { id: 7 });
      useApiQuery('review.state', { caseId: 7 });
      useApiQuery('documents.list', { caseId: 7 });
      useApiQuery('staff.list', {});
      useApiQuery('orgs.list', {});
      return <Panel />;
    }
    function Panel() {
      useApiQuery('review.state', { caseId: 7 });
      const accept = useApiMutation('review.acceptMaterials');
      return (
        <button disabled={accept.pending} onClick={() => void accept.run({ roundId: 3 })}>
          受理
        </button>
      );
    }
    renderWithApi(<Page />);
    await waitFor(() => expect(backend.calls).toHaveLength(5));
    backend.clear();

    await userEvent.setup().click(screen.getByRole('button', { name: '受理' }));
    await waitFor(() => expect(backend.callsOf('review.acceptMaterials')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: '受理' })).toHaveProperty('disabled', false));

    const targets = METHOD_EFFECTS['review.acceptMaterials'] as readonly Target[];
    const expected = ['cases.get', 'review.state', 'documents.list', 'staff.list', 'orgs.list'].filter((read) =>
      targets.some((target) => targetMatches(target, read)),
    );
    expect(expected).toEqual(['cases.get', 'review.state']);
    const reads = backend.calls.map((call) => call.method).filter((method) => method !== 'review.acceptMaterials');
    expect(reads.sort()).toEqual(expected);
  });

  it('a page opened after a write never shows what the write made untrue', async () => {
    let officeName = '';
    const backend = fakeBackend({
      'office.get': () => ({ name: officeName }) as never,
      'office.save': () => {
        officeName = '青山镇人民政府';
        return { name: officeName } as never;
      },
    });
    function Home() {
      const office = useApiQuery('office.get', {});
      return <p>{office.loading ? '加载中' : office.data?.name || '尚未设置本单位信息'}</p>;
    }
    function Wizard() {
      const save = useApiMutation('office.save');
      return <button onClick={() => void save.run({ name: '青山镇人民政府' } as never)}>保存</button>;
    }
    // The home page read the office before the wizard, then was left (its read kept in the cache).
    const client = renderWithApi(<Home />);
    expect(await screen.findByText('尚未设置本单位信息')).toBeTruthy();
    cleanup();
    renderWithApi(<Wizard />, client);
    await userEvent.setup().click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(backend.callsOf('office.save')).toHaveLength(1));
    cleanup();

    // Back on the home page: the fresh answer, and never the stale one meanwhile.
    const seen: string[] = [];
    function Watch() {
      const office = useApiQuery('office.get', {});
      seen.push(office.loading ? '加载中' : office.data?.name || '尚未设置本单位信息');
      return <p>{seen.at(-1)}</p>;
    }
    renderWithApi(<Watch />, client);
    expect(await screen.findByText('青山镇人民政府')).toBeTruthy();
    expect(seen).not.toContain('尚未设置本单位信息');
  });

  it('sends once however fast the button is pressed again', async () => {
    // The back end takes its time: the second press comes while the first is under way.
    let answer: (round: ReviewRound) => void = () => undefined;
    const backend = fakeBackend({
      'review.countersign': () => new Promise<ReviewRound>((resolve) => (answer = resolve)),
    });
    function Sign() {
      const sign = useApiMutation('review.countersign');
      return <button onClick={() => void sign.run({ roundId: 3 })}>会签</button>;
    }
    renderWithApi(<Sign />);
    await userEvent.setup().dblClick(screen.getByRole('button', { name: '会签' }));
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(backend.callsOf('review.countersign')).toHaveLength(1);
    await act(async () => answer({ id: 3 } as ReviewRound));
  });

  it('puts a created record in the cache under its get, so its page opens without asking', async () => {
    const backend = fakeBackend({
      'cases.create': () => record,
      'cases.list': () => ({ items: [], total: 0, totalCapped: false }),
    });
    let created: CaseRecord | undefined;
    function Form() {
      const create = useApiMutation('cases.create');
      return <button onClick={() => void create.run({} as never).then((saved) => (created = saved))}>保存</button>;
    }
    const client = renderWithApi(<Form />);
    await userEvent.setup().click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(created).toEqual(record));
    expect(client.getQueryData(['cases.get', { id: 7 }])).toEqual(record);

    function Detail() {
      const saved = useApiQuery('cases.get', { id: 7 });
      return <p>{saved.data?.caseNumber}</p>;
    }
    cleanup();
    renderWithApi(<Detail />, client);
    expect(screen.getByText(record.caseNumber)).toBeTruthy();
    expect(backend.callsOf('cases.get')).toEqual([]);
  });

  it('says the refusal in Chinese and resolves to nothing', async () => {
    fakeBackend({});
    let result: unknown = 'pending';
    function Dismiss() {
      const dismiss = useApiMutation('setup.dismiss', { failure: { title: '未能完成' } });
      return <button onClick={() => void dismiss.run({}).then((value) => (result = value))}>完成</button>;
    }
    renderWithApi(<Dismiss />);
    await userEvent.setup().click(screen.getByRole('button', { name: '完成' }));
    expect(await screen.findByText('未能完成')).toBeTruthy();
    expect(result).toBeUndefined();
  });
});
