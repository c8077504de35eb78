import { describe, expect, it } from 'vitest';
import { withoutSuperseded } from './superseded';

const said = (text: string, at: number) => ({ text, at });

describe('withoutSuperseded', () => {
  it('drops what a later change on the same topic overtook', () => {
    const old = said('The invoice batch for Harbour Foods is due on the 3rd', 1);
    const change = said('Harbour Foods pushed the invoice batch back, due on the 10th now', 2);
    const other = said('My manager is Ines', 3);
    expect(withoutSuperseded([old, change, other]).map((s) => s.text)).toEqual([change.text, other.text]);
  });

  it('keeps earlier statements that share only one thing, or that came later', () => {
    const partner = said('My partner Sam is a paramedic', 1);
    const moved = said('Sam and I moved to Bristol now', 2);
    const later = said('The router is a Netgear Nighthawk', 3);
    const update = said('I updated the router firmware now', 2);
    expect(withoutSuperseded([partner, moved])).toHaveLength(2);
    expect(withoutSuperseded([update, later])).toHaveLength(2);
  });

  it('only lets the given candidates overtake', () => {
    const model = said('The printer is an HP LaserJet 4100', 1);
    const firmware = said('I updated the printer firmware to 4100 now, the LaserJet still jams', 2);
    expect(withoutSuperseded([model, firmware], [])).toHaveLength(2);
    expect(withoutSuperseded([model, firmware])).toHaveLength(1);
  });
});
