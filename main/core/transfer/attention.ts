import type { AttentionItem } from '../../../shared/contract';
import type { ApiContext } from '../../api/context';

/** Home-page items for transfer deadlines (filled by issue #5). */
export function transferAttention(_ctx: ApiContext): AttentionItem[] {
  return [];
}
