// A silence procedure expires after the note is sent.
import { error } from '../../diagnostics/index.js';
import type { PartialDate } from '../types.js';
import type { Rule } from './context.js';

const key = (d: PartialDate) => (d.day === undefined ? undefined : d.year * 10000 + d.month! * 100 + d.day);

export const noteDates: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind !== 'note' || !a.silence) return;
  const sent = key(a.date);
  const expires = key(a.silence.deadline);
  if (sent === undefined || expires === undefined || expires > sent) return;
  ctx.report(error('BAD_DATE', 'The silence deadline is not after the date of the note.', {
    span: a.silence.deadline.src ?? ctx.at('silence.deadline'), field: 'silence.deadline', hint: 'The procedure expires after the note is sent: check both dates.',
  }));
};
