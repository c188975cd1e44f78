import { describe, expect, it } from 'vitest';
import { CommonWords } from '@/lib/extract/common-words';

describe('common words: the words an article writes in lower case', () => {
  it.each([
    ['Police said the police van left.', 'police', true],
    ['Police said the officers left.', 'police', false],
    // only whole words count, not a word inside a longer one or after a capital
    ['Tether said it had frozen untethered funds.', 'tether', false],
    ['XAb-cd and Xmixer were named.', 'cd', true],
    ['XAb-cd and Xmixer were named.', 'mixer', false],
    ['The rock-n-roll band played.', 'n', false],
    ['The rock-n-roll band played.', 'rock-n-roll', true],
    ["It's the exchange's wallet.", "exchange's", true],
    ['Binance2 hit xbinance and 𝐚binance.', 'binance', false],
    ['Binance2 hit binance3.', 'binance', true],
  ])('%s: %s is common: %s', (text, word, common) => {
    expect(new CommonWords(text).has(word)).toBe(common);
  });
});
