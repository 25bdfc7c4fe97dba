import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { answerRoute, replySubject } from '../../../src/domain/replyRoute';

const units = DEFAULT_CAMPAIGN.units;
const tamTra = units.find((u) => u.id === 'tam-tra');
if (!tamTra) throw new Error('campaign without Tam Trà');
const REGISTERED = tamTra.emails[0];

describe('where the answer to a message goes', () => {
  test('no Reply-To, or one naming only the unit\'s own addresses: in the thread', () => {
    expect(answerRoute(units, `Bí thư <${REGISTERED}>`, '')).toEqual({ inThread: true });
    expect(answerRoute(units, REGISTERED, `"Đoàn, Tam Trà" <${REGISTERED.toUpperCase()}>`)).toEqual({ inThread: true });
    expect(answerRoute(units, REGISTERED, REGISTERED.replace('@', '+bc@'))).toEqual({ inThread: true });
  });

  test('a Reply-To naming anyone else: a new message to the registered address it came from', () => {
    expect(answerRoute(units, `Bí thư <${REGISTERED.replace('@', '+bc@').toUpperCase()}>`, 'attacker@evil.example')).toEqual({ inThread: false, to: REGISTERED });
    expect(answerRoute(units, REGISTERED, `${REGISTERED}, "A, B" <attacker@evil.example>`)).toEqual({ inThread: false, to: REGISTERED });
    expect(answerRoute(units, REGISTERED, 'not an address')).toEqual({ inThread: false, to: REGISTERED });
  });

  test('a sender of no unit (the office rejecting it after review) is answered at its From address only', () => {
    expect(answerRoute(units, 'La <la@gmail.com>', '')).toEqual({ inThread: true });
    expect(answerRoute(units, 'La <la@gmail.com>', 'other@gmail.com')).toEqual({ inThread: false, to: 'la@gmail.com' });
  });

  test('the subject of a reply: Re: theirs, once, within 250 characters', () => {
    expect(replySubject('bang xep loai')).toBe('Re: bang xep loai');
    expect(replySubject('RE: bang xep loai ')).toBe('RE: bang xep loai');
    expect(replySubject('')).toBe('Re:');
    expect(replySubject('x'.repeat(300))).toHaveLength(250);
  });
});
