/**
 * The notice on a prerendered page whose app could not start because its code or data did not arrive: the page
 * stays as it is (its text reads, its links work as plain links), and the notice offers to try again. Plain DOM,
 * outside the app's root: the app is not running, and the page it would hydrate must not change.
 */
const NOTICE_ID = 'load-notice';

/** Shows (or updates) the notice; `retry` starts the app again and resolves once it has run or failed again. */
export function showLoadNotice(retry: () => Promise<void>) {
  const existing = document.getElementById(NOTICE_ID);
  const notice = existing ?? Object.assign(document.createElement('div'), { id: NOTICE_ID, className: 'update-prompt notice' });
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = existing
    ? 'It still did not load. The page stays readable; try again once the connection is back.'
    : "Part of this page did not load (the connection may have dropped). The text and links work; search and this page's buttons need the rest.";
  const again = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Try again' });
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Close' });
  again.addEventListener('click', () => {
    again.disabled = true;
    again.textContent = 'Trying again…';
    // A start that works removes the notice; one that fails has shown it again, updated (this button replaced).
    void retry().then(() => {
      if (again.isConnected) notice.remove();
    });
  });
  close.addEventListener('click', () => notice.remove());
  notice.replaceChildren(text, again, ' ', close);
  if (!existing) document.body.append(notice);
}
