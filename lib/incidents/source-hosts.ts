/**
 * What kind of source a URL is, and whether it may be cited at all: one table for the
 * data test and for `npm run incidents -- --audit`.
 *
 * - official: an agency, regulator, court or police site, or an organisation's own
 *   disclosure of its own incident (listed below by host or host + path)
 * - outlet: a wire service, a national newspaper, or the field's established press and research
 * - tracker: everything else (aggregators, lists, small blogs)
 */

export const SOURCE_KINDS = ['official', 'outlet', 'tracker'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Government, regulator, court and police hosts, matched as a domain suffix. */
const OFFICIAL_SUFFIXES = [
  '.gov', '.mil', '.europa.eu', '.gc.ca', '.canada.ca', '.gouv.fr', '.bund.de', '.admin.ch', '.police.uk', '.gov.uk', '.gov.au',
  '.gov.sg', '.gov.hk', '.gov.in', '.gov.br', '.go.jp', '.go.kr', '.gob.es', '.gob.mx', '.gob.pe', '.gov.tr',
  '.gov.ua', '.gov.il', '.gov.ph', '.gov.my', '.gov.za', '.govt.nz', '.overheid.nl', '.politie.nl', '.polizei.de',
  '.bka.de', '.europol.europa.eu', '.eurojust.europa.eu', '.interpol.int', '.sec.gov', '.fca.org.uk', '.osc.ca',
  '.sfc.hk', '.asic.gov.au', '.courtlistener.com', '.om.nl', '.rechtspraak.nl', '.justice.gov', '.treasury.gov',
  '.nationalcrimeagency.gov.uk', '.cps.gov.uk', '.garda.ie', '.rcmp-grc.gc.ca', '.policija.si', '.politiet.no',
  '.polisen.se', '.poliisi.fi', '.policia.es', '.guardiacivil.es', '.gendarmerie.interieur.gouv.fr', '.fbi.gov',
  '.ic3.gov', '.cisa.gov', '.incibe.es', '.ccn-cert.cni.es', '.anssi.gouv.fr', '.ncsc.gov.uk', '.ncsc.nl',
  '.bsi.bund.de', '.stlouisfed.org', '.cert.pl', '.knf.gov.pl', '.unodc.org',
  '.sec.or.th',
];

/**
 * Organisations' own disclosures: exchanges', protocols' and companies' blogs, status pages and
 * post-mortems. Host, or host + path prefix for shared hosts (medium.com/@name, github.com/org).
 */
const OWN_DISCLOSURE_HOSTS = [
  // exchanges also host news feeds and user posts (binance.com/square, htx.com/feed): only their own notices count
  'binance.com/en/blog', 'binance.com/en/support/announcement', 'ledger.com', 'help.galxe.com', 'blog.kraken.com',
  'coinbase.com/blog', 'blog.bitfinex.com', 'kucoin.com/blog', 'kucoin.com/announcement', 'announcements.bybit.com',
  'blog.bybit.com', 'roninchain.com', 'axieinfinity.com', 'wormhole.com', 'nomad.xyz', 'polynetwork.medium.com',
  'bitmart.com', 'coincheck.com', 'upbit.com', 'bithumb.com', 'wazirx.com', 'dmm.com', 'bitstamp.net', 'poloniex.com',
  'liquid.com', 'cream.finance', 'curve.fi', 'balancer.fi', 'medium.com/balancer-protocol', 'blog.uniswap.org',
  'makerdao.com', 'compound.finance', 'euler.finance', 'blog.euler.finance', 'kyberswap.com', 'blog.kyberswap.com',
  'mixin.one', 'atomicwallet.io', 'coinspaid.com', 'stake.com', 'trustwallet.com', 'blog.trustwallet.com',
  'lastpass.com', 'blog.lastpass.com', 'coindcx.com', 'btcturk.com', 'deribit.com', 'blog.deribit.com', 'harmony.one',
  'blog.harmony.one', 'beanstalk.bean.money', 'bean.money', 'revest.finance', 'revestfinance.medium.com',
  'medium.com/elephant-money', 'medium.com/harvest-finance', 'jetfuelfinance.medium.com', 'medium.com/multichainorg',
  'unitedhealthgroup.com', 'caesars.com', 'colonialpipeline.com', 'ucsf.edu', 'cwt.com', 'jbssa.com', 'travelex.com',
  'esea.net', 'docker.com', 'blog.cloudflare.com', 'bitcoin.org', 'go.crypto.com', 'blog.coinbase.com', 'yuga.com',
  'axie.substack.com', 'medium.com/mango-markets', 'mango.markets', 'badger.com', 'badgerdao.medium.com',
  'medium.com/bancor', 'blog.bancor.network', 'gatecoin.com', 'bter.com', 'cryptopia.co.nz', 'quadrigacx.com',
  'playdapp.medium.com', 'help.cashaa.com', 'resolv.xyz/blog', 'ankr.com/blog', 'medium.com/@fantasmfinance',
  'medium.com/oneringfinance', 'xcarnival-lab.medium.com', 'medium.com/monoswap',
  // the maintainers' own incident threads on the compromised packages' repositories (these threads only)
  'github.com/chalk/chalk/issues/656', 'github.com/debug-js/debug/issues/1005',
  // the Optimism Foundation's statement on the lost OP grant, on its Notion workspace (this page only)
  'plaid-cement-e44.notion.site/A-Message-to-the-Community-from-the-Optimism-Foundation',
];

/** Wire services, national newspapers, and the field's established press and research. */
const OUTLET_HOSTS = [
  // wire services and national or international newspapers and broadcasters
  'nhk.or.jp', 'lastampa.it', 'ilpost.it', 'blick.ch', 'nau.ch', 'kurier.at', 'adevarul.ro', 'premiumtimesng.com',
  'nationthailand.com', 'bnnbloomberg.ca', 'startribune.com', 'tgcom24.mediaset.it', 'financialpost.com', 'nu.nl', 'asiatimes.com', 'indiatoday.in', 'nieuwsblad.be', 'brisbanetimes.com.au', 'wdr.de', 'cnbctv18.com',
  'freepressjournal.in', 'ad.nl', 'globalnews.ca', 'thenationalnews.com', 'gazetadopovo.com.br', 'lawgazette.co.uk', 'moneycontrol.com',
  'tagesspiegel.de', 'rtve.es',
  'elespanol.com', 'askanews.it', 'malaymail.com', 'ltn.com.tw',
  'taiwannews.com.tw', 'tribune.net.ph', 'gmanetwork.com', 'sggp.org.vn', 'europapress.es', 'bfmtv.com',
  'dunyanews.tv', 'tribune.com.pk', 'thesun.my', 'punchng.com', 'cnnphilippines.com', 'ctvnews.ca', '20minutos.es', 'publico.es',
  'kleinezeitung.at', 'sn.at', 'vrt.be', 'nd.nl', 'repubblica.it', 'quotidiano.net', 'ilgiornale.it',
  'iltalehti.fi', 'rtl.fr', 'francetvinfo.fr', 'bild.de', 'kyivpost.com', 'thaipbsworld.com', 'brecorder.com',
  'deutschlandfunk.de', 'mtvuutiset.fi', 'hs.fi', 'dn.se', 'elmundo.es', 'elconfidencial.com',
  'infolibre.es', 'europe1.fr', 'cnews.fr', 'open.online', 'larazon.es',
  'diepresse.com', 'derstandard.at', 'mothership.sg', 'dailypioneer.com', 'businesstoday.in',
  'eldiarioar.com', 'telegraph.ng', 'infomoney.com.br', 'band.uol.com.br', 'visao.pt',
  'businessinsider.in', 'eldiario.es', 'newindianexpress.com', 'cybersecuritydive.com', 'theweek.com', 'geo.tv', 'techmonitor.ai', 'bankingdive.com', 'rbc.ua', 'macrumors.com', 'iranintl.com', 'bisnis.com',
  // investigative newsrooms and the field's press
  'occrp.org', 'nknews.org', 'coindeskjapan.com', 'unchainedcrypto.com', 'siliconangle.com',
  'reuters.com', 'apnews.com', 'bloomberg.com', 'ft.com', 'wsj.com', 'nytimes.com', 'theguardian.com', 'bbc.co.uk',
  'bbc.com', 'cnbc.com', 'washingtonpost.com', 'cnn.com', 'nbcnews.com', 'cbsnews.com', 'abcnews.go.com',
  'usatoday.com', 'latimes.com', 'npr.org', 'pbs.org', 'politico.com', 'axios.com', 'forbes.com', 'fortune.com',
  'businessinsider.com', 'economist.com', 'time.com', 'newsweek.com', 'thetimes.co.uk', 'telegraph.co.uk',
  'independent.co.uk', 'france24.com', 'afp.com', 'dw.com', 'euronews.com', 'aljazeera.com', 'upi.com',
  'courthousenews.com', 'law360.com', 'japantimes.co.jp', 'asia.nikkei.com', 'nikkei.com', 'kyodonews.net',
  'straitstimes.com', 'scmp.com', 'channelnewsasia.com', 'koreaherald.com', 'koreatimes.co.kr', 'en.yna.co.kr',
  'yna.co.kr', 'donga.com', 'seoul.co.kr', 'segye.com', 'kmib.co.kr', 'imbc.com', 'sbs.co.kr', 'asiae.co.kr', 'tvchosun.com', 'ytn.co.kr', 'koreajoongangdaily.joins.com', 'abc.net.au', 'smh.com.au', 'theage.com.au', 'rnz.co.nz',
  'nzherald.co.nz', 'stuff.co.nz', 'cbc.ca', 'theglobeandmail.com', 'nationalpost.com', 'thestar.com',
  'timesofindia.indiatimes.com', 'economictimes.indiatimes.com', 'livemint.com', 'indianexpress.com',
  'business-standard.com', 'thehindu.com', 'hindustantimes.com', 'ndtv.com', 'firstpost.com', 'pagina12.com.ar',
  'clarin.com', 'lanacion.com.ar', 'larepublica.pe', 'elcomercio.pe', 'newshub.co.nz', 'latercera.com',
  'nydailynews.com', 'sun-sentinel.com', 'computerworlduk.com', 'guardian.ng', 'foxbusiness.com', 'foxnews.com',
  'nextgov.com', 'hessenschau.de', 'tagesschau.de', 'rd.nl', 'dawn.com', 'yle.fi', 'ansa.it', 'tass.com',
  'interfax.com', 'focustaiwan.tw', 'taipeitimes.com', 'aa.com.tr', 'dailysabah.com', 'hurriyetdailynews.com',
  'timesofisrael.com', 'haaretz.com', 'elpais.com', 'lemonde.fr', 'spiegel.de', 'zeit.de', 'faz.net',
  'sueddeutsche.de', 'handelsblatt.com', 'nos.nl', 'nrc.nl', 'swissinfo.ch', 'irishtimes.com', 'rte.ie',
  'news.sky.com', 'globo.com', 'folha.uol.com.br', 'estadao.com.br', 'reforma.com', 'theaustralian.com.au', 'afr.com',
  'mainichi.jp', 'asahi.com', 'news.cgtn.com', 'xinhuanet.com', 'english.news.cn', 'caixinglobal.com',
  'vnexpress.net', 'bangkokpost.com', 'thestar.com.my', 'inquirer.net', 'news24.com', 'iol.co.za',
  'businesslive.co.za', 'themoscowtimes.com', 'meduza.io', 'kyivindependent.com', 'rferl.org', 'voanews.com',
  'hongkongfp.com', 'barrons.com', 'marketwatch.com', 'vox.com', 'theatlantic.com', 'newyorker.com',
  // technology and security press and research
  'wired.com', 'arstechnica.com', 'techcrunch.com', 'techrepublic.com', 'digitaltrends.com', 'itpro.com', 'itpro.co.uk', 'theinquirer.net', 'silicon.de', 'finextra.com', 'kitco.com', 'financemagnates.com', 'itproportal.com', 'punto-informatico.it', 'techspot.com', 'silicon.co.uk', 'theverge.com', 'zdnet.com', 'cnet.com', 'engadget.com',
  'theregister.com', 'tomshardware.com', 'computerweekly.com', 'computerbase.de', 'techradar.com', 'vice.com', 'motherboard.vice.com',
  'heise.de', 'golem.de', 'clubic.com', 'tweakers.net', 'tomshw.it', 'thenextweb.com', 'securityaffairs.com', 'xataka.com', 'pcworld.com',   'therecord.media',
  'bleepingcomputer.com', 'krebsonsecurity.com', 'securityweek.com', 'darkreading.com',
  'thehackernews.com', 'helpnetsecurity.com', 'scmagazine.com', 'scworld.com', 'infosecurity-magazine.com',
  'cyberscoop.com', 'bankinfosecurity.com', 'careersinfosecurity.com', 'govinfosecurity.com', 'databreachtoday.com',
  'csoonline.com', 'threatpost.com', 'techtarget.com', 'computerworld.com', 'welivesecurity.com',
  'blog.talosintelligence.com', 'unit42.paloaltonetworks.com', 'mandiant.com', 'crowdstrike.com', 'proofpoint.com',
  'research.checkpoint.com', 'checkpoint.com', 'trendmicro.com', 'sophos.com', 'news.sophos.com', 'kaspersky.com',
  'securelist.com', 'avast.com', 'decoded.avast.io', 'symantec-enterprise-blogs.security.com', 'sentinelone.com',
  'microsoft.com', 'blog.google', 'bitdefender.com', 'eset.com', 'malwarebytes.com', 'blog.netlab.360.com',
  'darktrace.com', 'recordedfuture.com', 'akamai.com', 'cisco.com', 'ibm.com', 'securityintelligence.com',
  'fortinet.com', 'paloaltonetworks.com',
  // the crypto field's established press and analysts
  'coindesk.com', 'theblock.co', 'decrypt.co', 'cointelegraph.com', 'dlnews.com', 'blockworks.co', 'thedefiant.io',
  'bitcoinmagazine.com', 'chainalysis.com', 'elliptic.co', 'trmlabs.com', 'certik.com', 'peckshield.com',
  'slowmist.com', 'slowmist.medium.com', 'halborn.com', 'rekt.news', 'immunefi.com', 'blocksec.com', 'cyvers.ai',
  'hacken.io', 'beosin.com', 'beosin.medium.com', 'arkhamintelligence.com', 'theblockcrypto.com', 'protos.com',
];

/** Hosts that are never a citable page: staging, preview, mirrors and copies, CDNs, shorteners. */
const FORBIDDEN_HOST_PATTERNS: RegExp[] = [
  /(?:^|[.-])(?:develop|dev|stage|staging|preview|demo|uat|test|sandbox)[.-]/,
  /\.go-vip\.net$/, /\.pages\.dev$/, /\.vercel\.app$/, /\.netlify\.app$/, /\.herokuapp\.com$/, /\.github\.io$/,
  /\.arcpublishing\.com$/, /(?:^|[.-])cdn[.-]/, /cdn\.com$/, /^feeds?\./, /^amp\./, /\.ampproject\.org$/,
  /^(?:bit\.ly|t\.co|tinyurl\.com|ow\.ly|goo\.gl|buff\.ly|lnkd\.in|is\.gd|rebrand\.ly|t\.ly|shorturl\.at|cutt\.ly)$/,
  /^(?:wikimili\.com|owiki\.org|wikisum\.wiki|grokipedia\.com|ipfs\.io|bbapi\.viigoo\.eu\.org|archive\.ph|archive\.today)$/,
  /^(?:coindesk\.club|bitget\.site|obsi\.lthieu\.dev|t\.signalplus\.com|news\.bitpoint\.hk|fb\.box)$/,
];

/** Paths that are lists, not a page about one incident, or bare permalinks that can change. */
const FORBIDDEN_PATH_PATTERNS: RegExp[] = [
  /\/(?:tag|tags|category|categories|author|authors)\//i,
  /\/search(?:[/?]|$)/i, /\/api\//i, /[?&]s=/, /^\/?\?p=\d+/, /[?&]p=\d+(?:&|$)/,
];

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether `host` + `path` falls under a table entry ("medium.com/bancor" or "binance.com"). */
function listed(entries: readonly string[], host: string, path: string): boolean {
  return entries.some((entry) => {
    const slash = entry.indexOf('/');
    const entryHost = slash < 0 ? entry : entry.slice(0, slash);
    const hostOk = host === entryHost || host.endsWith(`.${entryHost}`);
    return hostOk && (slash < 0 || path.toLowerCase().startsWith(entry.slice(slash).toLowerCase()));
  });
}

/** Why a URL may not be cited, or null when it may. */
export function forbiddenReason(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:') return 'not https';
  const host = hostOf(url);
  if (host === 'web.archive.org') return null;
  if (FORBIDDEN_HOST_PATTERNS.some((re) => re.test(host))) return `host ${host} is a staging, preview, mirror, CDN or shortener host`;
  const pathAndQuery = `${url.pathname}${url.search}`;
  if (FORBIDDEN_PATH_PATTERNS.some((re) => re.test(pathAndQuery))) return `path ${pathAndQuery} is a list, search, API or bare permalink`;
  return null;
}

/** The kind of a source, from its host (a web.archive.org copy counts as the page it keeps). */
export function sourceKindOf(href: string): SourceKind {
  let url = new URL(href);
  if (hostOf(url) === 'web.archive.org') {
    const kept = /^\/web\/[^/]+\/(https?:\/\/.+)$/.exec(url.pathname);
    if (!kept?.[1]) return 'tracker';
    url = new URL(kept[1]);
  }
  const host = hostOf(url);
  const path = url.pathname;
  if (OFFICIAL_SUFFIXES.some((s) => `.${host}`.endsWith(s)) || listed(OWN_DISCLOSURE_HOSTS, host, path)) return 'official';
  if (listed(OUTLET_HOSTS, host, path)) return 'outlet';
  return 'tracker';
}

const KIND_ORDER: Record<SourceKind, number> = { official: 0, outlet: 1, tracker: 2 };

/** Sources in the order a reader should follow them: official first, then outlets, then trackers. */
export function sourcesInOrder<S extends { kind: SourceKind }>(sources: readonly S[]): S[] {
  return [...sources].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
