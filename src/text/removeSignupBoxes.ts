import { domText } from './domText.js';

/** A box around an e-mail field with more text than this is the page, not the sign-up box. */
const MAX_BOX_CHARS = 400;

/**
 * Removes the boxes that ask for an e-mail address (newsletter sign-up, "get alerts"), whatever
 * their class names: the largest element around an `<input type="email">` with little text
 * ("The Morning Brief / Our pick of the day's business news, in your inbox ... / Sign me up").
 * A page wrapped in one <form> (ASP.NET) keeps its text: the form holds far more than a box.
 * `holdsArticle` elements are never removed.
 */
export function removeSignupBoxes(document: Document, holdsArticle: string): void {
  for (const input of [...document.querySelectorAll('input[type="email" i]')]) {
    if (!input.isConnected) continue;
    let box: Element = input;
    for (let parent = box.parentElement; parent; parent = parent.parentElement) {
      const tag = parent.tagName.toUpperCase();
      if (
        tag === 'BODY' ||
        tag === 'HTML' ||
        parent.matches(holdsArticle) ||
        parent.querySelector(holdsArticle)
      )
        break;
      if (domText(parent).length > MAX_BOX_CHARS) break;
      box = parent;
    }
    if (box !== input) box.remove();
  }
}
