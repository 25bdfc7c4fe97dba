import * as z from 'zod/mini';
import { parseStored, parseStringRecord } from '../../../src/domain/storedJson';

describe('JSON the script stored, read back', () => {
  const schema = z.object({ n: z.number() });

  test('the stored shape is read; anything else (hand-edited, older format, not JSON) reads as nothing', () => {
    expect(parseStored(schema, '{"n":3}')).toEqual({ n: 3 });
    expect(parseStored(schema, '{"n":"3"}')).toBeNull();
    expect(parseStored(schema, 'không phải JSON')).toBeNull();
    expect(parseStored(schema, null)).toBeNull();
  });

  test('a record of strings keeps its string entries only', () => {
    expect(parseStringRecord('{"cb-01":"Nguyễn Văn A","cb-02":5}')).toEqual({ 'cb-01': 'Nguyễn Văn A' });
    expect(parseStringRecord('["a"]')).toEqual({});
    expect(parseStringRecord('{')).toEqual({});
    expect(parseStringRecord(null)).toEqual({});
    expect(parseStringRecord('')).toEqual({});
  });
});
