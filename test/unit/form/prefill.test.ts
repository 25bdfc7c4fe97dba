import { encodeQueryValue, prefilledLinks } from '../../../src/form/prefill';

describe('pre-filled links from one template link', () => {
  const base = 'https://docs.google.com/forms/d/e/1FAIpQLSabc/viewform';
  const template = `${base}?usp=pp_url&entry.123=${encodeQueryValue('Đoàn xã Tam Trà')}`;

  test('each unit gets the template with its own name in the unit parameter, encoded as a query value', () => {
    const links = prefilledLinks(template, 'Đoàn xã Tam Trà', [
      { id: 'a', name: 'Đoàn xã Tam Trà' },
      { id: 'b', name: 'Đoàn trường THPT Núi Thành & Cụm 2' },
    ]);
    expect(links.get('a')).toBe(template);
    const b = new URL(links.get('b') ?? '');
    expect(b.searchParams.get('entry.123')).toBe('Đoàn trường THPT Núi Thành & Cụm 2');
    expect(b.searchParams.get('usp')).toBe('pp_url');
    expect(links.get('b')).toContain('entry.123=%C4%90o%C3%A0n+tr%C6%B0%E1%BB%9Dng');
  });

  test('a template that does not carry the name is refused rather than turned into wrong links', () => {
    expect(() => prefilledLinks(`${base}?usp=pp_url&entry.123=Kh%C3%A1c`, 'Đoàn xã Tam Trà', [{ id: 'a', name: 'x' }])).toThrow(/does not carry/);
  });
});
