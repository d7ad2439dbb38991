import { describe, expect, it } from 'vitest';
import { editRequest } from './editRequest';
import { TextEchoes } from './textEchoes';

const agreements = (text: string) => editRequest('editAgreements', { teamId: 't', elementId: 'e', agreements: text });
const title = (text: string) => editRequest('editAction', { id: 'a', patch: { title: text.trim() } });

describe('TextEchoes: stored text that is only the database catching up with the typing', () => {
  it('knows the text stored a moment ago, arriving after newer text was typed and handed over, as an echo', () => {
    const echoes = new TextEchoes();
    echoes.handedOver(agreements('inwerken d'));
    echoes.handedOver(agreements('inwerken di'));
    expect(echoes.isEcho(agreements('inwerken d'))).toBe(true);
    expect(echoes.isEcho(agreements('inwerken di'))).toBe(true);
    expect(echoes.isEcho(agreements('inwerken di'))).toBe(false);
  });

  it('compares as edits: a title stored trimmed is the echo of the title typed with a trailing space', () => {
    const echoes = new TextEchoes();
    echoes.handedOver(title('Pilot x '));
    expect(echoes.isEcho(title('Pilot x'))).toBe(true);
  });

  it('forgets the edits handed over before the one echoed, when the live query skipped their echoes', () => {
    const echoes = new TextEchoes();
    for (const text of ['a', 'ab', 'abc']) echoes.handedOver(agreements(text));
    expect(echoes.isEcho(agreements('abc'))).toBe(true);
    expect(echoes.isEcho(agreements('ab'))).toBe(false);
  });

  it('matches the oldest of equal texts first, so that text typed, taken back and typed again echoes in order', () => {
    const echoes = new TextEchoes();
    for (const text of ['ab', 'a', 'ab']) echoes.handedOver(agreements(text));
    expect(echoes.isEcho(agreements('ab'))).toBe(true);
    expect(echoes.isEcho(agreements('a'))).toBe(true);
    expect(echoes.isEcho(agreements('ab'))).toBe(true);
  });

  it('takes text stored elsewhere (undo, another window) for a change, and forgets on request', () => {
    const echoes = new TextEchoes();
    echoes.handedOver(agreements('Pool van 40'));
    expect(echoes.isEcho(agreements('Pool'))).toBe(false);
    expect(echoes.isEcho(undefined)).toBe(false);
    echoes.forget();
    expect(echoes.isEcho(agreements('Pool van 40'))).toBe(false);
  });
});
