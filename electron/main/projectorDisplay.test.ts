import { describe, expect, it } from 'vitest';
import { chooseProjectorDisplay } from './projectorDisplay';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const small = { id: 3, bounds: { x: -1024, y: 0, width: 1024, height: 768 } };

describe('choosing the projector display', () => {
  it('takes the display the control window is not on', () => {
    expect(chooseProjectorDisplay([laptop, projector], 1)).toBe(projector);
    expect(chooseProjectorDisplay([laptop, projector], 2)).toBe(laptop);
  });
  it('takes the largest of several other displays', () => {
    expect(chooseProjectorDisplay([small, laptop, projector], 1)).toBe(projector);
  });
  it('stays on the only display there is', () => {
    expect(chooseProjectorDisplay([laptop], 1)).toBe(laptop);
  });
});
