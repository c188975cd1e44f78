/** Word lists that decide what kind of thing an unknown capitalized name is. */

export const AGENCY_HEADS = new Set([
  'police', 'department', 'ministry', 'court', 'agency', 'bureau', 'commission', 'office', 'authority', 'authorities',
  'service', 'prosecutor', 'prosecutors', 'attorney', 'council', 'directorate', 'gendarmerie', 'administration',
  'board', 'tribunal', 'senate', 'congress', 'parliament', 'government', 'treasury', 'regulator', 'division',
  'command', 'force', 'guard', 'customs', 'judiciary', 'inspectorate', 'centre', 'center', 'unit', 'secretariat',
  'cabinet', 'assembly', 'committee', 'prosecution', 'marshals', 'investigation', 'intelligence', 'jury',
]);

export const ORGANIZATION_HEADS = new Set([
  'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation', 'company', 'co', 'gmbh', 'ag', 'sa', 'exchange', 'bank',
  'labs', 'lab', 'capital', 'finance', 'financial', 'network', 'protocol', 'foundation', 'markets', 'market',
  'technologies', 'technology', 'security', 'wallet', 'holdings', 'partners', 'ventures', 'university', 'times',
  'news', 'post', 'journal', 'digital', 'systems', 'software', 'media', 'group', 'bridge', 'dao', 'swap', 'pay',
  'trust', 'fund', 'institute', 'association', 'club', 'report', 'index', 'program', 'programme', 'project',
]);

/** Lower-case words right after a name that make it a threat: "Ryuk ransomware", "Emotet botnet". */
export const THREAT_NEXT = new Set([
  'ransomware', 'botnet', 'malware', 'trojan', 'worm', 'virus', 'miner', 'stealer', 'gang', 'strain', 'variant',
  'loader', 'backdoor', 'drainer', 'rat', 'spyware', 'cryptominer', 'hackers', 'hacking', 'operators', 'affiliates',
  'cartel', 'crew', 'apt',
]);
/** Lower-case words before "called/named/dubbed X" that make X a threat. */
export const THREAT_BEFORE = /(?:virus|malware|ransomware|botnet|trojan|worm|strain|group|gang|campaign|miner|script)\s+(?:called|named|dubbed|known\s+as)\s+["“‘']?$/i;

export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'judge', 'justice', 'president', 'ceo', 'cto', 'cfo', 'chief', 'director', 'minister',
  'secretary', 'senator', 'sen', 'rep', 'representative', 'agent', 'detective', 'inspector', 'officer', 'prosecutor',
  'attorney', 'lawyer', 'founder', 'co-founder', 'chairman', 'chair', 'commissioner', 'governor', 'general', 'gen',
  'professor', 'prof', 'sir', 'lord', 'dame', 'captain', 'sergeant', 'superintendent', 'deputy', 'assistant',
  'special', 'u.s', 'us', 'acting', 'former', 'spokesperson', 'spokesman', 'spokeswoman', 'researcher', 'analyst',
]);

/** Heads that make an unknown name a place: "Los Angeles International Airport". */
export const LOCATION_HEADS = new Set(['airport', 'island', 'islands', 'province', 'county', 'region', 'city', 'bay', 'valley', 'harbour', 'harbor', 'peninsula', 'square', 'street']);
/** Lower-case words after a name that make it a place: "the Vlora district". */
export const PLACE_NEXT = new Set(['district', 'region', 'province', 'county', 'city', 'town', 'village', 'state', 'area', 'prefecture', 'municipality']);

export const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'van', 'der', 'den', 'von', 'al', 'bin', 'da', 'dos', 'do', '&']);

/** Function words: never the first word of a name. */
export const FUNCTION_WORDS = new Set([
  'i', 'a', 'an', 'the', 'it', 'he', 'she', 'they', 'we', 'you', 'this', 'that', 'these', 'those', 'his', 'her',
  'their', 'our', 'its', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'but', 'and', 'or', 'so', 'if', 'as', 'after',
  'before', 'when', 'while', 'since', 'according', 'however', 'also', 'there', 'here', 'what', 'who', 'why', 'how',
]);

/** Capitalized words that are never names on their own. */
export const NOT_NAMES = new Set([
  'i', 'a', 'an', 'the', 'it', 'he', 'she', 'they', 'we', 'you', 'this', 'that', 'these', 'those', 'his', 'her',
  'their', 'our', 'its', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'but', 'and', 'or', 'so', 'if', 'as', 'after',
  'before', 'when', 'while', 'since', 'according', 'however', 'also', 'there', 'here', 'what', 'who', 'why', 'how',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'ceo', 'cto', 'cfo',
  'usd', 'eur', 'gbp', 'ok', 'tv', 'ai', 'api', 'ip', 'url', 'pdf', 'faq', 'covid-19', 'update', 'updated', 'read',
  'more', 'share', 'comments', 'advertisement', 'photo', 'image', 'getty', 'internet', 'web',
  'dark', 'crypto', 'cryptocurrency', 'bitcoin', 'blockchain', 'defi', 'nft', 'nfts', 'web3', 'dapp', 'token',
  'tokens', 'hackers', 'hacker', 'police', 'court', 'federal', 'state', 'government', 'chief', 'executive',
  'officials', 'investigators', 'prosecutors', 'authorities', 'users', 'customers', 'victims', 'exchange',
  'judge', 'jury', 'justice', 'department', 'agency', 'bureau', 'ministry', 'office', 'council', 'commission',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'global', 'international',
  'national', 'royal', 'new', 'old', 'first', 'second', 'third', 'last', 'next', 'previous', 'one', 'two', 'three',
  'cve', 'id', 'eth', 'erc-20', 'erc20', 'bep-20', 'trc-20', 'kyc', 'aml', 'otc', 'p2p', 'ico', 'icos', 'ipo',
  'ransomware', 'malware', 'botnet', 'x', 'usb', 'javascript', 'cpu', 'cpus', 'gpu', 'gpus', 'html', 'css', 'vpn', 'vpns',
  'sms', 'wi-fi', 'wifi', 'os', 'ios', 'android', 'linux', 'windows', 'macos', 'ama', 'q&a', 'faq', 'utc', 'gmt', 'est', 'edt', 'pst', 'pdt', 'bst', 'cet', 'cest',
  'copyright', 'updated', 'published', 'min', 'editor', 'editors', 'ponzi', 'editing', 'reporting', 'protocol',
  // technical acronyms that read as organisations in capitals: "a SIM swap", "the RPC node", "a PIN code"
  'sim', 'sims', 'esim', 'pin', 'pins', 'rpc', 'atm', 'atms', 'otp', '2fa', 'mfa', 'dns', 'ssl', 'tls', 'sdk', 'ui', 'pc', 'pcs', 'ssn', 'imei',
]);

/** Words that end a name only when they stand alone ("the Court"), never when they head one ("the Supreme Court"). */
export const HEAD_WORDS = new Set([...AGENCY_HEADS, ...ORGANIZATION_HEADS]);
