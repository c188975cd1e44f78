/** The reader's switches: all highlights on or off (announced to screen readers) and each type on or off. */
import { SETTING_KEYS } from '@/utils/setting-keys';
import { followSetting, readSetting } from '@/utils/setting-reader';
import type { PageState } from './page';

export function visibility(page: PageState): () => void {
  void Promise.all([readSetting(SETTING_KEYS.highlightsVisible), readSetting(SETTING_KEYS.hiddenTypes)]).then(([v, h]) => {
    page.visible = v;
    page.hidden = new Set(h);
    page.quietly(() => page.applyVisibility());
  });
  const unwatchVisible = followSetting(SETTING_KEYS.highlightsVisible, (v) => {
    page.visible = v;
    page.quietly(() => page.applyVisibility());
    const ui = page.ui();
    if (!v) ui.hide();
    ui.announce(v ? 'Hashmark highlights shown' : 'Hashmark highlights hidden');
  });
  const unwatchHidden = followSetting(SETTING_KEYS.hiddenTypes, (h) => {
    page.hidden = new Set(h);
    page.quietly(() => page.applyVisibility());
  });
  return () => {
    unwatchVisible();
    unwatchHidden();
  };
}
