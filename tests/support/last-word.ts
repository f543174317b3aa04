/**
 * Run in the page (`locator.evaluateAll(lastWordBeside, { mark, skip })`): for each box, how far
 * the middle of the last character of its own text before `mark` lies from the middle of `mark`,
 * in px, with that character's height. A mark less than half a character's height away shares the
 * line of the box's last word. Text inside the mark or inside `skip` does not count. Self-contained:
 * Playwright sends the function's source to the page.
 */
export function lastWordBeside(boxes: Element[], { mark, skip }: { mark: string; skip?: string }) {
  return boxes.map((box) => {
    const m = box.querySelector(mark)!;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const outside = !m.contains(n) && !(skip && n.parentElement?.closest(skip));
      if (outside && n.textContent!.trim() && n.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) last = n as Text;
    }
    const range = document.createRange();
    const end = last!.textContent!.trimEnd().length;
    range.setStart(last!, end - 1);
    range.setEnd(last!, end);
    const word = range.getBoundingClientRect();
    const at = m.getBoundingClientRect();
    return {
      id: box.id, text: box.textContent!.slice(0, 50), height: word.height, over: box.scrollWidth - box.clientWidth,
      apart: Math.abs((word.top + word.bottom) / 2 - (at.top + at.bottom) / 2),
    };
  });
}
