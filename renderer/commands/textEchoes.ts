import type { EditRequest } from './editRequest';

/** More than a field ever has on its way: a bound, not a limit anyone reaches. */
const MAX_ON_THEIR_WAY = 50;

/**
 * The edits a text field handed to the database whose stored text has not come back to it yet. Stored
 * text comes back through a live query, which lags behind the typing: on a slow machine, or with a
 * pause near the typing delay, text stored a moment ago arrives after newer keys were typed and handed
 * over. Such an echo of the field's own edit is no change to follow; following it drops the keys typed
 * since. Stored text can differ from the typed text (a title is stored trimmed), so texts are compared
 * as the edits they make.
 */
export class TextEchoes {
  private readonly onTheirWay: string[] = [];

  /** The field handed this edit to the database. */
  handedOver(request: EditRequest): void {
    this.onTheirWay.push(JSON.stringify(request));
    if (this.onTheirWay.length > MAX_ON_THEIR_WAY) this.onTheirWay.shift();
  }

  /**
   * Whether stored text, as the edit it would make, is the echo of an edit handed over here. Echoes come
   * back in the order the edits were stored (the live query may skip some): the edits handed over before
   * the one echoed are behind us, and forgotten with it.
   */
  isEcho(storedAsEdit: EditRequest | undefined | false | ''): boolean {
    if (!storedAsEdit) return false;
    const index = this.onTheirWay.indexOf(JSON.stringify(storedAsEdit));
    if (index < 0) return false;
    this.onTheirWay.splice(0, index + 1);
    return true;
  }

  /** The field follows a change made elsewhere (undo, another window): what it handed over before is past. */
  forget(): void {
    this.onTheirWay.length = 0;
  }
}
