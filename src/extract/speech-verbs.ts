/**
 * The reporting words that reported speech and direct quotations both turn on: the speech verbs
 * an attribution is built around, and the channel a report went through ("in an interview",
 * "told reporters"). Shared by the stages that find reports and quotations.
 */
import type { Cue } from './lexicon.js';

export const SPEECH_VERBS =
  'said|says|added|adds|told|tells|wrote|writes|insisted|insists|warned|warns|claimed|claims|argued|argues|noted|notes|asked|explained|continued|recalled|stated|states|declared|replied|conceded|acknowledged|acknowledges|admitted|admits|announced|announces|confirmed|confirms|predicted|predicts|estimated|estimates|reported|reports';

export const channelOf = (s: string, verb: string, implies: Cue): string | undefined => {
  if (implies.channel) return implies.channel;
  if (/\binterview\b/i.test(s)) return 'interview';
  if (/\bclosed-door (meeting|briefing|session)\b/i.test(s)) return 'closed-door-meeting';
  if (/\bspeech\b/i.test(s)) return 'speech';
  if (/\bstatement\b/i.test(s)) return 'statement';
  if (/\bpress conference\b/i.test(s)) return 'press-conference';
  if (/\b(television|broadcast|talk show|radio)\b/i.test(s)) return 'broadcast';
  if (/\b(social media|posted|on X|Telegram)\b/.test(s)) return 'social-media';
  if (/^told\b/.test(verb.replace(/^(reportedly|allegedly)\s+/, ''))) return 'conversation';
  return undefined;
};
