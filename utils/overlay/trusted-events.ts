// The overlay's shadow roots are open (tests and assistive tools reach into them), so a page
// script can find the "Send anyway" button and call click() or dispatchEvent() on it. Such events
// are untrusted; the clinician's own clicks and keys are not. Stopping untrusted presses at the
// shadow root, before React's listeners inside it, means only the clinician can decide. Value
// changes (input, change) pass: automation such as Playwright's selectOption makes them
// synthetically, and no value change sends or dismisses anything by itself.

const INPUT_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'submit'] as const;

export function acceptOnlyTrustedInput(root: ShadowRoot): void {
  for (const type of INPUT_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}
