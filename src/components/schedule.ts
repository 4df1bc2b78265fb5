/**
 * Resolves once the next frame has been painted: the frame after it has begun (two
 * animation frames), and the task after that. Work scheduled so stays out of the frame
 * being painted now and of the one checking it was — e.g. an element's heavy part, shown
 * just after the parts beside it. In a hidden tab, frames wait until the page is shown.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
}
