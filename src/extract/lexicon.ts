/**
 * The word lists the extraction rules read: small gazetteers of places, outlets and weapons
 * systems, name-shaped words that are not names, titles, and the reporting cues with what
 * each implies (hedge, polarity, channel).
 */

export const COUNTRIES: Record<string, string> = {
  Ukraine: 'Ukraine',
  Russia: 'Russia',
  'United States': 'United States',
  'U.S.': 'United States',
  US: 'United States',
  America: 'United States',
  'United Kingdom': 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  France: 'France',
  Germany: 'Germany',
  Poland: 'Poland',
  China: 'China',
  Iran: 'Iran',
  Israel: 'Israel',
  Belarus: 'Belarus',
  Turkey: 'Turkey',
  India: 'India',
  Japan: 'Japan',
  Italy: 'Italy',
  Spain: 'Spain',
  Canada: 'Canada',
  Syria: 'Syria',
  Georgia: 'Georgia',
  Moldova: 'Moldova',
  Lithuania: 'Lithuania',
  Latvia: 'Latvia',
  Estonia: 'Estonia',
  Finland: 'Finland',
  Sweden: 'Sweden',
  Norway: 'Norway',
  Hungary: 'Hungary',
  Romania: 'Romania',
  'North Korea': 'North Korea',
  'South Korea': 'South Korea',
};

export const CITIES = new Set([
  'Moscow',
  'Kyiv',
  'Kiev',
  'Brussels',
  'Washington',
  'London',
  'Paris',
  'Berlin',
  'Warsaw',
  'Beijing',
  'Tehran',
  'Minsk',
  'Kharkiv',
  'Odesa',
  'Odessa',
  'Lviv',
  'Geneva',
  'Vienna',
  'Rome',
  'Ankara',
  'Istanbul',
  'St. Petersburg',
  'Saint Petersburg',
  'New York',
  'Munich',
  'The Hague',
  'Helsinki',
  'Stockholm',
  'Riga',
  'Vilnius',
  'Tallinn',
  'Budapest',
  'Bucharest',
  'Tokyo',
]);

export const REGIONS = new Set([
  'Donbass',
  'Donbas',
  'Crimea',
  'Donetsk',
  'Luhansk',
  'Zaporizhzhia',
  'Kherson',
  'Kursk',
  'Belgorod',
  'Siberia',
  'Europe',
  'Middle East',
]);

/** Outlets known by name; any name ending in one of OUTLET_WORDS is taken for an outlet too. */
export const OUTLETS = new Set([
  'Politico',
  'Reuters',
  'Associated Press',
  'AP',
  'AFP',
  'Bloomberg',
  'BBC',
  'CNN',
  'Fox News',
  'Axios',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Al Jazeera',
  'Le Monde',
  'Der Spiegel',
  'The Economist',
  'Kyiv Independent',
]);
export const OUTLET_WORDS = new Set([
  'Post',
  'Times',
  'Review',
  'News',
  'Journal',
  'Herald',
  'Courier',
  'Gazette',
  'Tribune',
  'Telegraph',
  'Guardian',
  'Observer',
  'Chronicle',
  'Daily',
  'Ledger',
  'Standard',
  'Mirror',
  'Independent',
  'Express',
  'Monitor',
  'Dispatch',
  'Bulletin',
  'Press',
  'Wire',
  'Mercury',
  'Star',
  'Echo',
  'Record',
  'Register',
  'Inquirer',
  'Examiner',
  'Advertiser',
  'Globe',
  'Bugle',
  'Clarion',
  'Argus',
  'Newsletter',
  'Magazine',
  'Broadcasting',
]);
/** Common nouns that, just before a name, say it is a news outlet: "the newspaper Vestbladet", "the news agency Kallmar". */
export const OUTLET_NOUNS =
  /\b(?:newspaper|daily|weekly|tabloid|broadsheet|magazine|(?:news|press|wire) agency|news service|wire service|newsletter|trade newsletter|broadcaster|news site|news website|outlet|channel|radio station|television station)\s+$/i;
/** Common nouns that, just before a name or in apposition to it, say it is a company or another organisation. */
export const COMPANY_NOUNS =
  /^(?:company|firm|airline|carrier|brewery|bank|lender|insurer|retailer|manufacturer|maker|supplier|contractor|developer|operator|producer|group|conglomerate|startup|chain|bidder|utility|shipper|exporter|importer)$/i;
export const ORGANIZATION_NOUNS =
  /^(?:union|charity|federation|association|foundation|institute|party|club|league|society|trust|alliance|coalition|campaign group|group)$/i;
/** Last words of the names of seas, rivers and mountains. */
export const GEOGRAPHIC_WORDS = new Set([
  'Sea',
  'Ocean',
  'River',
  'Gulf',
  'Strait',
  'Straits',
  'Bay',
  'Lake',
  'Mountains',
  'Peninsula',
  'Valley',
  'Desert',
  'Island',
  'Islands',
  'Coast',
]);
export const STATE_MEDIA = new Set(['RT', 'TASS', 'RIA Novosti', 'Sputnik', 'Xinhua', 'CCTV']);

export const GOVERNMENT_WORDS = new Set([
  'Duma',
  'Kremlin',
  'Pentagon',
  'Congress',
  'Senate',
  'Parliament',
  'Ministry',
  'Department',
  'Government',
  'Administration',
  'Cabinet',
  'Commission',
  'Council',
  'Rada',
  'Bundestag',
  'White House',
  'State Department',
  'Authority',
  'Office',
  'Police',
  'Court',
  'Bureau',
  'Embassy',
  'Board',
  'Regulator',
  'Inspectorate',
]);
export const ORGANIZATION_WORDS = new Set([
  'Centre',
  'Center',
  'Institute',
  'Foundation',
  'University',
  'Agency',
  'Committee',
  'Union',
  'Party',
  'Bank',
  'Corporation',
  'Group',
  'Association',
  'Alliance',
  'Forces',
  'Force',
  'Army',
  'Navy',
  'NATO',
  'UN',
  'EU',
  'Watch',
  'Network',
  'Society',
  'Trust',
  'League',
  'Federation',
  'Club',
  'Hospital',
  'Clinic',
  'School',
  'College',
  'Academy',
  'Library',
  'Museum',
]);
export const COMPANY_WORDS = new Set([
  'Inc.',
  'Inc',
  'Ltd.',
  'Co.',
  'Corp',
  'LLC',
  'PLC',
  'plc',
  'GmbH',
  'AG',
  'Bros.',
  'Air',
  'Airways',
  'Brewing',
  'Brewery',
  'Construction',
  'Foods',
  'Logistics',
  'Pharmaceuticals',
  'Mining',
  'Steel',
  'Telecom',
  'Ltd',
  'Corp.',
  'Company',
  'Industries',
  'Raytheon',
  'Lockheed',
  'Boeing',
  'Marine',
  'Research',
  'Capital',
  'Partners',
  'Holdings',
  'Energy',
  'Systems',
  'Shipping',
  'Airlines',
  'Motors',
  'Consulting',
  'Securities',
  'Insurance',
  'Technologies',
  'Analytics',
]);

/** Weapons systems and the WeaponCategoryScheme notation of each. */
export const WEAPONS: Record<string, { label: string; category: string }> = {
  Tomahawk: { label: 'Tomahawk cruise missile', category: 'cruise-missile' },
  Kalibr: { label: 'Kalibr cruise missile', category: 'cruise-missile' },
  Taurus: { label: 'Taurus cruise missile', category: 'cruise-missile' },
  'Storm Shadow': { label: 'Storm Shadow cruise missile', category: 'cruise-missile' },
  ATACMS: { label: 'ATACMS', category: 'ballistic-missile' },
  Iskander: { label: 'Iskander ballistic missile', category: 'ballistic-missile' },
  Oreshnik: { label: 'Oreshnik ballistic missile', category: 'ballistic-missile' },
  'B-2': { label: 'B-2 bomber', category: 'strategic-bomber' },
  'B-52': { label: 'B-52 bomber', category: 'strategic-bomber' },
  'Tu-95': { label: 'Tu-95 bomber', category: 'strategic-bomber' },
};

/** Adjectives of nationality: before a title they describe, alone they name nobody. */
export const DEMONYMS = new Set([
  'Russian',
  'Ukrainian',
  'American',
  'European',
  'British',
  'French',
  'German',
  'Polish',
  'Chinese',
  'Iranian',
  'Israeli',
  'Western',
  'Soviet',
  'Belarusian',
  'Turkish',
  'Finnish',
  'Baltic',
  'Kremlin-backed',
]);

/** Titles before a person's name: stripped from the name, kept as what the article calls them. */
export const TITLES = new Set([
  'President',
  'Vice',
  'Prime',
  'Minister',
  'Foreign',
  'Defense',
  'Defence',
  'Secretary',
  'Senator',
  'Sen.',
  'Rep.',
  'Representative',
  'Chancellor',
  'General',
  'Gen.',
  'Admiral',
  'Adm.',
  'Colonel',
  'Col.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Prof.',
  'Professor',
  'Governor',
  'Gov.',
  'Ambassador',
  'Spokesman',
  'Spokeswoman',
  'Speaker',
  'King',
  'Queen',
  'Pope',
  'Former',
  'Mayor',
  'Chairman',
  'Chairwoman',
  'Director',
  'Chief',
  'Judge',
  'Justice',
  'Commissioner',
  'Deputy',
  'Envoy',
]);

/** Capitalised words that open sentences or quotations but name nothing. */
export const NOT_NAMES = new Set(
  `a an the in on at by for from of to with without into over after before during since until while as if though although because but and or nor so yet however meanwhile
first second third fourth finally earlier later also still even only now then today yesterday tomorrow moreover furthermore instead indeed nevertheless
this that these those it its he she they we i you his her their our my your him them us me who what when where why how which whose
some many most every each any no all both other others another several few such one two three four five six seven eight nine ten
there here not never always sometimes perhaps maybe according asked said says told despite under against between among about around than
january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

export interface Cue {
  /** The HedgeScheme notation the cue implies, if any. */
  hedge?: string;
  negated?: boolean;
  channel?: string;
}

/** Reporting verbs, every form the rules match, with what each implies. */
export const CUES: Record<string, Cue> = {};
const cue = (forms: string, implies: Cue = {}) => {
  for (const f of forms.split(' ')) CUES[f] = implies;
};
cue('said says say');
cue('told tells tell');
cue('added adds');
cue('claimed claims claim', { hedge: 'claimed' });
cue('denied denies deny', { negated: true });
cue('rejected rejects', { negated: true });
cue('disputed disputes dismissed dismisses', { negated: true });
cue('warned warns warn');
cue('noted notes note', { hedge: 'notes' });
cue('suggested suggests suggest', { hedge: 'suggested' });
cue('argued argues argue');
cue('insisted insists insist');
cue('stated states');
cue('announced announces');
cue('confirmed confirms');
cue('reported reports report', { channel: 'press-report' });
cue('wrote writes write', { channel: 'written' });
cue('believed believes believe', { channel: 'belief' });
cue('alleged alleges', { hedge: 'allegedly' });
cue('acknowledged acknowledges admitted admits');
cue('predicted predicts');
cue('estimated estimates');
cue('asserted asserts maintained maintains');

/** Adverbs that hedge what follows and the HedgeScheme notation of each. */
export const HEDGE_ADVERBS: Record<string, string> = {
  reportedly: 'reportedly',
  allegedly: 'allegedly',
  apparently: 'apparently',
  purportedly: 'allegedly',
  supposedly: 'allegedly',
};

/** Modal cues of possibility inside a statement: its certainty, not a hedge. */
export const POSSIBILITY =
  /(?<!\b(?:military|economic|political|naval|the|its|his|her|their|our|of|with|and)\s)\b(could|may|might)\b(?=\s+(?:not\s+|also\s+|well\s+|still\s+|never\s+|soon\s+)?\p{Ll})/u;
