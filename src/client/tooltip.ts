/** The figures' tooltips (.chart-tooltip), shared by the dependency charts and the timeline. */

/** Writes the tooltip's lines, the first in bold. */
export function fillTip(tip: HTMLElement, [head, ...rest]: readonly string[]): void {
  const line = (tag: string, words: string) => Object.assign(document.createElement(tag), { textContent: words });
  tip.replaceChildren(line('strong', head ?? ''), ...rest.map((l) => line('span', l)));
}

/** The tooltip's left edge in its frame: centred on the mark, never past either side of the frame. */
export const tipLeft = (tip: HTMLElement, mark: DOMRect, frame: DOMRect): number =>
  Math.max(0, Math.min(mark.left + mark.width / 2 - frame.left - tip.offsetWidth / 2, frame.width - tip.offsetWidth));
