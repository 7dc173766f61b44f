// The one flow every renderer writes: the DOCX as it is, the PDF and the HTML preview paginated,
// so that all three agree on where each line and page ends.

import type { FlowItem } from './flow';
import type { CharMeasurer } from './metrics';
import type { DocumentModel } from './model';
import { fitSignature } from './signature-fit';
import { toFlow } from './to-flow';

/** The model as every renderer writes it: lowered once, the signature fitted, the 版记 (if any) at the foot of the last page. */
export function documentFlow(model: DocumentModel, measure: CharMeasurer): FlowItem[] {
  return fitSignature(toFlow(model, measure), measure);
}
