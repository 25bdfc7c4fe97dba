import * as fc from 'fast-check';
import { parseText } from '../../../src/intake';
import { chapterKey } from '../../../src/intake/table/names';
import { registrationClauses, takeMembers } from '../../../src/intake/table/phoneText';
import { checked, cpuTimed } from './helpers';

/**
 * Phone-typed text at random: the reader never throws, never makes a chapter of a chat line, and
 * stays fast on long or hostile lines.
 */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 60) };

const places = ['xuan tho', 'truong thanh', 'thon 3', 'tam son', 'thuan yen dong', 'ha lam', 'khoi 10', 'an phu'];
const ratings = ['vm', 'k', 'tb', 'y', 'kha', 'vung manh', 'yeu'];
const periods = ['2015', 'nam 2015', '6t 2016', '6t2016', '6 thang dau nam 2016'];
const chatOpeners = ['em', 'anh oi', 'chao anh', 'cam on anh', 'xin loi anh', 'ok anh', 'em xin'];
const chatWords = fc.constantFrom(
  'em', 'anh', 'gui', 'xep loai', 'bang', 'nam 2015', '6t 2016', 'vm', 'k', 'tb', 'y', 'ht', 'htt', 'cd', 'xuan tho', 'a', 'nhe', 'roi',
  'co', '5', 'cd minh', 'sau', 'nhieu', 'xong', 'cho', 'thon 3', '24dv', ':', '-', ',', ';', '2015', 'k biet',
);

/** A data line whose periods are named on it, so a chat line above cannot change its meaning. */
const dataLine = fc.record({
  place: fc.constantFrom(...places),
  prefix: fc.constantFrom('cd ', 'chi doan ', 'CD '),
  first: fc.constantFrom(...ratings),
  second: fc.constantFrom(...ratings),
  separator: fc.constantFrom(': ', ' - ', ' '),
});
const chatLine = fc.tuple(fc.constantFrom(...chatOpeners), fc.array(chatWords, { maxLength: 12 })).map(([opener, words]) => [opener, ...words].join(' '));

describe('property: phone-typed text', () => {
  it('chat lines around a phone list never become chapters, and the list is read whole', () => {
    fc.assert(
      fc.property(fc.uniqueArray(dataLine, { selector: (d) => d.place, minLength: 1, maxLength: 6 }), fc.array(chatLine, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (data, chat, order) => {
        const lines = data.map((d) => `${d.prefix}${d.place}${d.separator}2015 ${d.first}, 6t 2016 ${d.second}`);
        chat.forEach((line, i) => lines.splice((order[i] ?? 0) % (lines.length + 1), 0, line));
        const report = checked(parseText(lines.join('\n')));
        if (!report.ok) return false;
        const names = report.chapters.map((c) => chapterKey(c.name)).sort();
        return JSON.stringify(names) === JSON.stringify(data.map((d) => d.place).sort()) && report.chapters.every((c) => Object.keys(c.ratings).length === 2);
      }),
      RUNS,
    );
  });

  it('chat alone, under a period or not, is never a table', () => {
    fc.assert(
      fc.property(fc.constantFrom('', ...periods.map((p) => `xl ${p}\n`)), fc.array(chatLine, { minLength: 1, maxLength: 8 }), (head, chat) => {
        const report = checked(parseText(head + chat.join('\n')));
        return !report.ok;
      }),
      RUNS,
    );
  });

  it('random phone words never throw and keep the contract', () => {
    const words = fc.constantFrom(...places, ...ratings, ...periods, ...chatOpeners, 'dk', 'xd', 'ht', 'cd manh', 'ho tro', '24dv', '1.', ':', ';', ',', '-', '\n', ' ');
    fc.assert(fc.property(fc.array(words, { maxLength: 120 }), (parts) => checked(parseText(parts.join(' '))) !== null), RUNS);
  });

  it('hostile long lines are read in bounded time', () => {
    // A real body is a few dozen lines; these are hundreds of times that, on one line or many.
    const long = [
      `dk ${'; ht: cd a'.repeat(10_000)}`,
      `cd a ${'vm '.repeat(30_000)}`,
      `xl 2015\n${'cd xuan tho 24dv '.repeat(10_000)}`,
      `xl 2015\n${Array.from({ length: 5_000 }, (_, i) => `cd thon ${i} vm`).join('\n')}`,
      `xl 2015\n${'cd a vm, '.repeat(10_000)}`,
      `xl 2015\nvm: ${'cd a, '.repeat(10_000)}`,
    ];
    for (const text of long) {
      expect(cpuTimed(() => checked(parseText(text))).ms).toBeLessThan(5_000);
    }
    const { ms } = cpuTimed(() => {
      registrationClauses(`dk ${';'.repeat(200_000)}`);
      takeMembers(`${'1'.repeat(200_000)} dv`);
    });
    expect(ms).toBeLessThan(1_000);
  });
});
