/**
 * compromise, taught the domain once per process: the knowledge files become lexicon
 * words with domain tags (Agency, Threat, CryptoAsset under compromise's own
 * Organization / ProperNoun), so its tagger stops reading "Binance" as a person.
 */
import nlp from 'compromise';
import { gazetteer } from '../knowledge';
import { ENTITY_KINDS } from '../kinds';

type Plugin = Parameters<typeof nlp.plugin>[0];

function knowledgePlugin(): Plugin {
  const words: Record<string, string> = {};
  for (const [form, things] of gazetteer().byForm) {
    const thing = things[0]!;
    // Ambiguous names stay out of the lexicon: "nomad" or "curve" in prose is not a name.
    if (things.some((t) => t.ambiguous) || form.length < 2) continue;
    if (thing.type === 'asset' && thing.tickerIsWord && form === thing.ticker?.toLowerCase()) continue;
    words[form] = ENTITY_KINDS[thing.type].nlpTag;
  }
  return {
    tags: {
      Agency: { isA: 'Organization' },
      Threat: { isA: 'ProperNoun', notA: ['Person', 'Place'] },
      CryptoAsset: { isA: 'ProperNoun', notA: ['Person', 'Place'] },
    },
    words,
  } as Plugin;
}

let ready = false;

/** compromise with the domain lexicon; set up on first use. */
export function getNlp(): typeof nlp {
  if (!ready) {
    nlp.plugin(knowledgePlugin());
    ready = true;
  }
  return nlp;
}
