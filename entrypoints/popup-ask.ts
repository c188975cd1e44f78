/**
 * A classic script at the top of popup.html: asks the popup's first questions while the page is
 * parsed, before the popup's module and its views have loaded (see ./popup/first-answers.ts).
 */
import { askFirst, keepFirstAnswers } from './popup/first-answers';

export default defineUnlistedScript(() => keepFirstAnswers(askFirst()));
